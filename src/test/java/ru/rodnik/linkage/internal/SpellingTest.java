package ru.rodnik.linkage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.junit.jupiter.api.Test;

class SpellingTest {

    @Test
    void oneSubstitutionInsertionDeletionOrExchangeIsOneEdit() {
        assertThat(Spelling.oneEditApart("иванов", "ивонов")).isTrue();
        assertThat(Spelling.oneEditApart("иванов", "иваннов")).isTrue();
        assertThat(Spelling.oneEditApart("иваннов", "иванов")).isTrue();
        assertThat(Spelling.oneEditApart("иванов", "ивнаов")).isTrue();
        assertThat(Spelling.oneEditApart("иванов", "ванов")).isTrue();
        assertThat(Spelling.oneEditApart("иванов", "ивано")).isTrue();
    }

    @Test
    void equalOrTwoEditsApartIsNot() {
        assertThat(Spelling.oneEditApart("иванов", "иванов")).isFalse();
        assertThat(Spelling.oneEditApart("иванов", "ивонав")).isFalse();
        assertThat(Spelling.oneEditApart("иванов", "ивнаво")).isFalse();
        assertThat(Spelling.oneEditApart("иванов", "иван")).isFalse();
        assertThat(Spelling.oneEditApart("иванов", "иванав1")).isFalse();
    }

    @Test
    void shortNamesAreNotCalledTypos() {
        assertThat(Spelling.oneTypoApart("ким", "кин")).isFalse();
        assertThat(Spelling.oneTypoApart("анна", "ана")).isFalse();
        assertThat(Spelling.oneTypoApart("анна", "авна")).isTrue();
    }

    @Test
    void jaroWinklerGivesWhatCommonsTextGives() {
        JaroWinklerSimilarity reference = new JaroWinklerSimilarity();
        String[][] known = {
            {"иванова", "ивонова"},
            {"наталья", "наталия"},
            {"марина", "мария"},
            {"кузнецов", "кузенцев"},
            {"a", "b"},
            {"ab", "ba"},
            {"семенова", "наталья"},
            {"dwayne", "duane"},
            {"martha", "marhta"}
        };
        for (String[] pair : known) {
            assertThat(Spelling.jaroWinkler(pair[0], pair[1]))
                    .as(pair[0] + " / " + pair[1])
                    .isEqualTo(reference.apply(pair[0], pair[1]));
        }
        Random random = new Random(42);
        String letters = "абвгдеиклмнорстя";
        for (int n = 0; n < 20_000; n++) {
            String a = randomWord(random, letters);
            String b = random.nextBoolean() ? randomWord(random, letters) : mutate(random, a, letters);
            assertThat(Spelling.jaroWinkler(a, b)).as(a + " / " + b).isEqualTo(reference.apply(a, b));
        }
    }

    @Test
    void jaroWinklerOfLongSpellingsFallsBackToCommonsText() {
        String longer = "а".repeat(70) + "б";
        String other = "а".repeat(70) + "в";
        assertThat(Spelling.jaroWinkler(longer, other)).isEqualTo(new JaroWinklerSimilarity().apply(longer, other));
    }

    private static String randomWord(Random random, String letters) {
        StringBuilder word = new StringBuilder();
        int length = 1 + random.nextInt(12);
        for (int i = 0; i < length; i++) {
            word.append(letters.charAt(random.nextInt(letters.length())));
        }
        return word.toString();
    }

    private static String mutate(Random random, String word, String letters) {
        StringBuilder changed = new StringBuilder(word);
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits && changed.length() > 1; e++) {
            int at = random.nextInt(changed.length());
            switch (random.nextInt(3)) {
                case 0 -> changed.setCharAt(at, letters.charAt(random.nextInt(letters.length())));
                case 1 -> changed.deleteCharAt(at);
                default -> changed.insert(at, letters.charAt(random.nextInt(letters.length())));
            }
        }
        return changed.toString();
    }
}
