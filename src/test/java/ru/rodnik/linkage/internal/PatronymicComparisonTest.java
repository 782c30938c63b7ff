package ru.rodnik.linkage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PatronymicComparisonTest {

    private final PatronymicComparison patronymics = new PatronymicComparison();

    @Test
    void theSamePatronymicIsExact() {
        assertThat(patronymics.compare("игоревна", "игоревна")).isEqualTo(PatronymicLevel.EXACT);
    }

    @Test
    void aTypoIsFuzzy() {
        assertThat(patronymics.compare("сергеевич", "сергевич")).isEqualTo(PatronymicLevel.FUZZY);
        assertThat(patronymics.compare("александровна", "алексанровна")).isEqualTo(PatronymicLevel.FUZZY);
    }

    @Test
    void anotherPatronymicIsDifferent() {
        assertThat(patronymics.compare("сергеевна", "андреевна")).isEqualTo(PatronymicLevel.DIFFERENT);
        assertThat(patronymics.compare("александровна", "алексеевна")).isEqualTo(PatronymicLevel.DIFFERENT);
    }

    @Test
    void theOtherGenderFormIsDifferent() {
        assertThat(Spelling.jaroWinkler("игоревич", "игоревна")).isGreaterThanOrEqualTo(PatronymicComparison.FUZZY);
        assertThat(patronymics.compare("игоревич", "игоревна")).isEqualTo(PatronymicLevel.DIFFERENT);
        assertThat(patronymics.compare("ильич", "ильинична")).isEqualTo(PatronymicLevel.DIFFERENT);
        assertThat(patronymics.compare("мамедоглы", "мамедкызы")).isEqualTo(PatronymicLevel.DIFFERENT);
    }

    @Test
    void anAgreeingInitialSaysNothingAndADisagreeingOneContradicts() {
        assertThat(patronymics.compare("и", "игоревна")).isEqualTo(PatronymicLevel.MISSING);
        assertThat(patronymics.compare("с", "игоревна")).isEqualTo(PatronymicLevel.DIFFERENT);
    }

    @Test
    void aMissingPatronymicIsMissing() {
        assertThat(patronymics.compare(null, "игоревна")).isEqualTo(PatronymicLevel.MISSING);
        assertThat(patronymics.compare("игоревна", null)).isEqualTo(PatronymicLevel.MISSING);
    }
}
