package ru.rodnik.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SnilsTest {

    @Test
    void acceptsTheExampleOfTheApiContractInEverySpelling() {
        assertThat(Snils.parse("112-233-445 95")).map(Snils::digits).hasValue("11223344595");
        assertThat(Snils.parse("11223344595")).isPresent();
        assertThat(Snils.parse("112 233 445 95")).isPresent();
    }

    @Test
    void rejectsAWrongCheckValue() {
        assertThat(Snils.parse("112-233-445 96")).isEmpty();
    }

    @Test
    void rejectsASingleWrongDigitOfTheNumber() {
        assertThat(Snils.parse("112-233-455 95")).isEmpty();
    }

    @Test
    void sumsOf100And101GiveZeroZero() {
        assertThat(Snils.checkValue("000000999")).isEqualTo(9 * 3 + 9 * 2 + 9);
        String hundred = nineDigitsWithSum(100);
        String hundredOne = nineDigitsWithSum(101);
        assertThat(Snils.checkValue(hundred)).isZero();
        assertThat(Snils.checkValue(hundredOne)).isZero();
        assertThat(Snils.isValid(hundred + "00")).isTrue();
    }

    @Test
    void sumsAbove101AreTakenModulo101() {
        // 9*9 + 8*9 + 7*9 = 216 -> 216 mod 101 = 14
        assertThat(Snils.checkValue("999000000")).isEqualTo(14);
        assertThat(Snils.isValid("99900000014")).isTrue();
    }

    @Test
    void earlyNumbersWithoutCheckDigitsAreAccepted() {
        assertThat(Snils.isValid("00100199800")).isTrue();
        assertThat(Snils.isValid("00100199900")).isFalse();
    }

    @Test
    void rejectsWrongLengthAndLetters() {
        assertThat(Snils.parse("1122334459")).isEmpty();
        assertThat(Snils.parse("1122334459a")).isEmpty();
        assertThatThrownBy(() -> new Snils("11223344596")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void formatsCanonicallyAndNeverPrintsItself() {
        Snils snils = Snils.parse("11223344595").orElseThrow();
        assertThat(snils.formatted()).isEqualTo("112-233-445 95");
        assertThat(snils.toString()).doesNotContain("112");
    }

    /** Nine digits whose weighted sum is the given value (weights 9..1), found greedily. */
    private static String nineDigitsWithSum(int sum) {
        int[] digits = new int[9];
        int rest = sum;
        for (int i = 0; i < 9; i++) {
            int weight = 9 - i;
            digits[i] = Math.min(9, rest / weight);
            rest -= digits[i] * weight;
        }
        assertThat(rest).isZero();
        StringBuilder text = new StringBuilder();
        for (int digit : digits) {
            text.append(digit);
        }
        return text.toString();
    }
}
