package ru.rodnik.synthetic.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import ru.rodnik.registry.Snils;

class SnilsSlipsTest {

    @Test
    void oneWrongDigitFailsTheChecksum() {
        DocumentNumbers numbers = new DocumentNumbers(4);
        SplittableRandom random = new SplittableRandom(4);
        for (long serial = 0; serial < 20_000; serial++) {
            String snils = numbers.snils(serial);
            String wrong = SnilsSlips.oneDigitWrong(snils, random);

            assertThat(wrong).hasSize(11).containsOnlyDigits();
            int differences = 0;
            for (int i = 0; i < 11; i++) {
                if (wrong.charAt(i) != snils.charAt(i)) {
                    differences++;
                }
            }
            assertThat(differences).isEqualTo(1);
            assertThat(Snils.isValid(wrong)).as(wrong).isFalse();
        }
    }

    @Test
    void aChangeThatKeepsTheChecksumIsTriedAgain() {
        // 1×9 + 9×8 + 2×7 + 1×5 = 100 gives 00; one more on the last digit makes 101, which gives 00 too.
        String sumOfHundred = "19201000000";
        assertThat(Snils.isValid(sumOfHundred)).isTrue();
        SplittableRandom random = new SplittableRandom(0);
        for (int i = 0; i < 500; i++) {
            assertThat(Snils.isValid(SnilsSlips.oneDigitWrong(sumOfHundred, random)))
                    .isFalse();
        }
    }
}
