package ru.rodnik.registry.internal.names;

/**
 * A Russian phonetic key in the spirit of a simplified Russian Metaphone, for blocking and for names a clerk wrote
 * down by ear. It works on a normalised name, in three passes over a small array and without regular expressions:
 *
 * <ol>
 *   <li>letters to sounds: ь and ъ vanish; т/д before с become ц (-тся, -ться, Матскевич → Мацкевич); с/з/ж/ш before
 *       ч become щ (Извозчиков); т/д vanish before ч and in стн/здн, л in лнц (Солнцев); vowels fall into the three
 *       classes unstressed Russian vowels blur into: а, о, я → а; е, э, и, ы, й → и; у, ю → у;
 *   <li>from the end backwards: an и-class sound before а or у vanishes, so -ия, -ья and -я meet (Наталия, Наталья);
 *       б, в, г, д, ж, з are devoiced at the end and before a voiceless consonant, so the devoicing runs through a
 *       cluster;
 *   <li>doubled sounds collapse (Кириллов, Кирилов).
 * </ol>
 *
 * The key is written in Cyrillic so that it can be read: Семёнова → симинава.
 */
final class PhoneticKey {

    private static final String VOICED = "бвгджз";
    private static final String DEVOICED = "пфктшс";
    private static final String VOICELESS = "пфктшсхцчщ";

    private PhoneticKey() {}

    static String of(String normalised) {
        int length = normalised.length();
        char[] sounds = new char[length];
        int count = 0;
        for (int i = 0; i < length; i++) {
            char c = normalised.charAt(i);
            int next = audibleAfter(normalised, i);
            char following = next < length ? normalised.charAt(next) : 0;
            char previous = count > 0 ? sounds[count - 1] : 0;
            switch (c) {
                case 'ь', 'ъ' -> {}
                case 'т', 'д' -> {
                    if (following == 'с') {
                        sounds[count++] = 'ц';
                        i = next;
                    } else if (following != 'ч' && !(following == 'н' && (previous == 'с' || previous == 'з'))) {
                        sounds[count++] = c;
                    }
                }
                case 'с', 'з', 'ж', 'ш' -> {
                    if (following == 'ч') {
                        sounds[count++] = 'щ';
                        i = next;
                    } else {
                        sounds[count++] = c;
                    }
                }
                case 'л' -> {
                    boolean silent = following == 'н' && next + 1 < length && normalised.charAt(next + 1) == 'ц';
                    if (!silent) {
                        sounds[count++] = c;
                    }
                }
                case 'а', 'о', 'я' -> sounds[count++] = 'а';
                case 'е', 'э', 'и', 'ы', 'й' -> sounds[count++] = 'и';
                case 'у', 'ю' -> sounds[count++] = 'у';
                default -> sounds[count++] = c;
            }
        }
        char following = 0;
        for (int i = count - 1; i >= 0; i--) {
            char c = sounds[i];
            if (c == 'и' && (following == 'а' || following == 'у')) {
                sounds[i] = 0;
                continue;
            }
            int voiced = VOICED.indexOf(c);
            if (voiced >= 0 && (following == 0 || VOICELESS.indexOf(following) >= 0)) {
                c = DEVOICED.charAt(voiced);
                sounds[i] = c;
            }
            following = c;
        }
        char[] key = new char[count];
        int size = 0;
        for (int i = 0; i < count; i++) {
            char c = sounds[i];
            if (c != 0 && (size == 0 || key[size - 1] != c)) {
                key[size++] = c;
            }
        }
        return new String(key, 0, size);
    }

    /** The index of the next letter after {@code i} that is not ь or ъ, or the length. */
    private static int audibleAfter(String normalised, int i) {
        int next = i + 1;
        while (next < normalised.length() && (normalised.charAt(next) == 'ь' || normalised.charAt(next) == 'ъ')) {
            next++;
        }
        return next;
    }
}
