package ru.rodnik.synthetic.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class TyposTest {

    private final SplittableRandom random = new SplittableRandom(1);

    @Test
    void neighboursAreTheKeysAroundOnTheRussianLayout() {
        // А sits under К and Е, between В and П, over С and М.
        assertThat(Typos.neighbours('а').chars().mapToObj(c -> String.valueOf((char) c)))
                .containsExactlyInAnyOrder("в", "п", "к", "е", "с", "м");
        assertThat(Typos.neighbours('й').chars().mapToObj(c -> String.valueOf((char) c)))
                .containsExactlyInAnyOrder("ц", "ф");
        assertThat(Typos.neighbours('Ы')).contains("ф").doesNotContain("о");
        assertThat(Typos.neighbours('z')).isEmpty();
    }

    @RepeatedTest(20)
    void anAdjacentKeyReplacesOneLetterByANeighbourKeepingItsCase() {
        String word = "Кузнецова";
        String typo = Typos.adjacentKey(word, random);

        assertThat(typo).hasSameSizeAs(word).startsWith("К");
        int differences = 0;
        for (int i = 0; i < word.length(); i++) {
            if (typo.charAt(i) != word.charAt(i)) {
                differences++;
                assertThat(Typos.neighbours(word.charAt(i))).contains(String.valueOf(typo.charAt(i)));
                assertThat(Character.isLowerCase(typo.charAt(i))).isTrue();
            }
        }
        assertThat(differences).isEqualTo(1);
    }

    @RepeatedTest(20)
    void aDroppedLetterLeavesTheWordOneShorter() {
        String word = "Смирнова";
        String typo = Typos.droppedLetter(word, random);

        assertThat(typo).hasSize(word.length() - 1).startsWith("С");
        assertThat(oneDeletionApart(word, typo)).isTrue();
    }

    @RepeatedTest(20)
    void aDoubledLetterRepeatsOneLetter() {
        String word = "Попов";
        String typo = Typos.doubledLetter(word, random);

        assertThat(typo).hasSize(word.length() + 1);
        assertThat(oneDeletionApart(typo, word)).isTrue();
        boolean repeated = false;
        for (int i = 1; i < typo.length(); i++) {
            repeated |= typo.charAt(i) == typo.charAt(i - 1);
        }
        assertThat(repeated).isTrue();
    }

    @RepeatedTest(20)
    void transposedLettersExchangeTwoNeighbours() {
        String word = "Алексеевич";
        String typo = Typos.transposedLetters(word, random);

        assertThat(typo).isNotEqualTo(word).hasSameSizeAs(word).startsWith("А");
        int first = 0;
        while (typo.charAt(first) == word.charAt(first)) {
            first++;
        }
        assertThat(typo.charAt(first)).isEqualTo(word.charAt(first + 1));
        assertThat(typo.charAt(first + 1)).isEqualTo(word.charAt(first));
        assertThat(typo.substring(first + 2)).isEqualTo(word.substring(first + 2));
    }

    @Test
    void wordsTooShortOrWithoutKeysAreLeftAlone() {
        assertThat(Typos.droppedLetter("Ли", random)).isNull();
        assertThat(Typos.transposedLetters("Ааа", random)).isNull();
        assertThat(Typos.adjacentKey("Ivanov", random)).isNull();
    }

    private static boolean oneDeletionApart(String longer, String shorter) {
        for (int i = 0; i < longer.length(); i++) {
            if ((longer.substring(0, i) + longer.substring(i + 1)).equals(shorter)) {
                return true;
            }
        }
        return false;
    }
}
