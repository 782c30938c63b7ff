package ru.rodnik.registry.internal.names;

/**
 * Takes the gendered ending off one normalised surname so that the male and female forms meet. The first rule that
 * fits wins:
 *
 * <ul>
 *   <li>possessive surnames lose the feminine -а: -ова/-ёва/-ева → -ов/-ев, -ина/-ына → -ин/-ын (Семёнова → семенов,
 *       Пушкина → пушкин, Воронина → воронин);
 *   <li>adjectival surnames lose their whole inflection, masculine or feminine: -ий, -ый, -ой, -ая, -яя (Достоевский,
 *       Достоевская → достоевск; Толстой, Толстая → толст; Белый, Белая → бел; Синий, Синяя → син), which covers
 *       -ский/-ская/-ской and -цкий/-цкая/-цкой;
 *   <li>Polish and Ukrainian forms after ск/цк/ськ/цьк lose the final -и/-а (Ковальски, Ковальска → ковальск).
 * </ul>
 *
 * <p>Everything else is left as it is, because it does not change with sex: -ко and -енко, -их and -ых, -ук and
 * -юк, -ич, -ян, -дзе, -швили, -ия, and foreign surnames. An ending stays when taking it off would leave fewer
 * than three letters (Цой, Ли, Ова), since such short keys would join unrelated families.
 */
final class GenderedEndings {

    private static final int SHORTEST_KEY = 3;

    // Ending, then how many of its letters go. Checked in order; longer endings that share a tail come first.
    private static final String[] ENDINGS = {
        "ова", "ева", "ина", "ына", "ська", "цька", "ска", "цка", "ски", "цки", "ий", "ый", "ой", "ая", "яя"
    };
    private static final int[] DROPPED = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2};

    private GenderedEndings() {}

    static String strip(String surname) {
        for (int i = 0; i < ENDINGS.length; i++) {
            if (surname.endsWith(ENDINGS[i])) {
                int keep = surname.length() - DROPPED[i];
                return keep >= SHORTEST_KEY ? surname.substring(0, keep) : surname;
            }
        }
        return surname;
    }
}
