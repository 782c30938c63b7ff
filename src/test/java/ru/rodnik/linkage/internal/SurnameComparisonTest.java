package ru.rodnik.linkage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SurnameComparisonTest {

    private final SurnameComparison surnames = new SurnameComparison();

    @Test
    void theSameSurnameIsExact() {
        assertThat(surnames.compare("семенова", "семенов", "смнф", "семенова", "семенов", "смнф"))
                .isEqualTo(SurnameLevel.EXACT);
    }

    @Test
    void motherAndSonShareTheKey() {
        assertThat(surnames.compare("семенова", "семенов", "смнф", "семенов", "семенов", "смнф2"))
                .isEqualTo(SurnameLevel.SAME_KEY);
    }

    @Test
    void aSurnameInTheFirstNameFieldMeetsTheKeyOfTheOther() {
        // No key of its own: the text stands in for it.
        assertThat(surnames.compare("семенов", "семенов", null, "семенова", "семенов", "смнф"))
                .isEqualTo(SurnameLevel.SAME_KEY);
    }

    @Test
    void aSpellingThatSoundsTheSameIsPhonetic() {
        assertThat(surnames.compare("ковальчук", "ковальчук", "кфлчк", "ковальчюк", "ковальчюк", "кфлчк"))
                .isEqualTo(SurnameLevel.PHONETIC);
    }

    @Test
    void oneSlipInTheMiddleIsFuzzyHighThoughJaroWinklerRatesItLower() {
        assertThat(Spelling.jaroWinkler("иванов", "ивонов")).isLessThan(SurnameComparison.FUZZY_HIGH);
        assertThat(surnames.compare("иванова", "иванов", "ивнф", "ивонова", "ивонов", "ифнф"))
                .isEqualTo(SurnameLevel.FUZZY_HIGH);
    }

    @Test
    void aSlipAndAnotherGenderFormTogetherAreStillFuzzyHigh() {
        assertThat(surnames.compare("семенова", "семенов", "смнф", "семинов", "семинов", "смнф3"))
                .isEqualTo(SurnameLevel.FUZZY_HIGH);
    }

    @Test
    void halfOfADoubleSurnameIsFuzzyHigh() {
        assertThat(surnames.compare("семеновапетрова", "семеновапетров", "x", "петрова", "петров", "y"))
                .isEqualTo(SurnameLevel.FUZZY_HIGH);
    }

    @Test
    void aLikeButNotNearSurnameIsFuzzyLow() {
        // Jaro-Winkler 0.87, two edits apart.
        assertThat(Spelling.jaroWinkler("кузнецов", "кузенцев")).isBetween(0.85, 0.92);
        assertThat(surnames.compare("кузнецов", "кузнецов", "a", "кузенцев", "кузенцев", "b"))
                .isEqualTo(SurnameLevel.FUZZY_LOW);
    }

    @Test
    void aMaidenNameIsDifferent() {
        assertThat(surnames.compare("семенова", "семенов", "смнф", "кузнецова", "кузнецов", "кзнцф"))
                .isEqualTo(SurnameLevel.DIFFERENT);
    }

    @Test
    void aMissingSurnameOnEitherSideIsMissing() {
        assertThat(surnames.compare(null, null, null, "семенова", "семенов", "смнф"))
                .isEqualTo(SurnameLevel.MISSING);
        assertThat(surnames.compare("семенова", "семенов", "смнф", null, null, null))
                .isEqualTo(SurnameLevel.MISSING);
    }
}
