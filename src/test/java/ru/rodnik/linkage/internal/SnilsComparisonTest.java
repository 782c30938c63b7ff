package ru.rodnik.linkage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import ru.rodnik.registry.Snils;

class SnilsComparisonTest {

    static final String VALID = "11223344595";
    static final String OTHER_VALID = "12345678964";
    /** VALID with one digit wrong: fails the checksum. */
    static final String ONE_DIGIT_OFF = "11223354595";
    /** VALID with two neighbouring digits exchanged: fails the checksum. */
    static final String NEIGHBOURS_EXCHANGED = "11232344595";

    private final SnilsComparison snilses = new SnilsComparison();

    private SnilsLevel compare(String a, String b) {
        return snilses.compare(a, Snils.isValid(a), b, Snils.isValid(b));
    }

    @Test
    void theFixturesAreWhatTheySayTheyAre() {
        assertThat(Snils.isValid(VALID)).isTrue();
        assertThat(Snils.isValid(OTHER_VALID)).isTrue();
        assertThat(Snils.isValid(ONE_DIGIT_OFF)).isFalse();
        assertThat(Snils.isValid(NEIGHBOURS_EXCHANGED)).isFalse();
    }

    @Test
    void anEqualValidNumberIsEqualValid() {
        assertThat(compare(VALID, VALID)).isEqualTo(SnilsLevel.EQUAL_VALID);
    }

    @Test
    void aTypoOfAValidNumberIsOneDigit() {
        assertThat(compare(VALID, ONE_DIGIT_OFF)).isEqualTo(SnilsLevel.ONE_DIGIT);
        assertThat(compare(NEIGHBOURS_EXCHANGED, VALID)).isEqualTo(SnilsLevel.ONE_DIGIT);
    }

    @Test
    void theSameInvalidNumberTwiceIsOnlyOneDigitNotEqualValid() {
        assertThat(compare(ONE_DIGIT_OFF, ONE_DIGIT_OFF)).isEqualTo(SnilsLevel.ONE_DIGIT);
    }

    @Test
    void twoDifferentValidNumbersAreDifferent() {
        assertThat(compare(VALID, OTHER_VALID)).isEqualTo(SnilsLevel.DIFFERENT);
    }

    @Test
    void aGarbledNumberFarFromTheOtherProvesNothing() {
        assertThat(compare("99999999999", VALID)).isEqualTo(SnilsLevel.MISSING);
    }

    @Test
    void aMissingNumberIsMissing() {
        assertThat(snilses.compare(null, false, VALID, true)).isEqualTo(SnilsLevel.MISSING);
        assertThat(snilses.compare(VALID, true, null, false)).isEqualTo(SnilsLevel.MISSING);
    }
}
