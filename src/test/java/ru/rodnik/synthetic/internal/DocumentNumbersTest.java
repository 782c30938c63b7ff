package ru.rodnik.synthetic.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.rodnik.registry.Snils;

class DocumentNumbersTest {

    @Test
    void checkDigitsAreComputedAsTheRegistryChecksThem() {
        assertThat(DocumentNumbers.snilsCheckValue("11223344595".toCharArray())).isEqualTo(95);
        // 9*9 + 8*9 + 7*9 = 216, and 216 mod 101 = 14.
        assertThat(DocumentNumbers.snilsCheckValue("99900000000".toCharArray())).isEqualTo(14);
    }

    @Test
    void everySnilsIsValidAndNoneRepeats() {
        DocumentNumbers numbers = new DocumentNumbers(12);
        Set<String> seen = new HashSet<>();
        for (long serial = 0; serial < 200_000; serial++) {
            String snils = numbers.snils(serial);
            assertThat(Snils.isValid(snils)).as(snils).isTrue();
            assertThat(Long.parseLong(snils.substring(0, 9))).isGreaterThan(1_001_998L);
            assertThat(seen.add(snils)).as(snils).isTrue();
        }
    }

    @Test
    void numbersOfNeighbouringSerialsAreNotAStepApart() {
        DocumentNumbers numbers = new DocumentNumbers(12);
        long first = Long.parseLong(numbers.snils(0).substring(0, 9));
        long second = Long.parseLong(numbers.snils(1).substring(0, 9));
        long third = Long.parseLong(numbers.snils(2).substring(0, 9));

        assertThat(second - first).isNotEqualTo(third - second);
    }

    @Test
    void birthCertificatesLookRealAndNoneRepeats() {
        DocumentNumbers numbers = new DocumentNumbers(12);
        Set<String> seen = new HashSet<>();
        for (long serial = 0; serial < 100_000; serial++) {
            String certificate = numbers.birthCertificate(serial);
            assertThat(certificate).matches("[IV]+-[А-Я]{2} \\d{6}");
            assertThat(seen.add(certificate)).isTrue();
        }
    }

    @Test
    void anotherSeedGivesOtherNumbers() {
        assertThat(new DocumentNumbers(1).snils(5)).isNotEqualTo(new DocumentNumbers(2).snils(5));
        assertThat(new DocumentNumbers(1).snils(5)).isEqualTo(new DocumentNumbers(1).snils(5));
    }
}
