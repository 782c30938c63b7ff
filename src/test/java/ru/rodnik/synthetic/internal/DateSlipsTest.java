package ru.rodnik.synthetic.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class DateSlipsTest {

    private final SplittableRandom random = new SplittableRandom(3);

    @Test
    void dayAndMonthAreSwappedOnlyWhenTheDayCouldBeAMonth() {
        assertThat(DateSlips.dayMonthSwapped(LocalDate.of(2015, 3, 7))).isEqualTo(LocalDate.of(2015, 7, 3));
        assertThat(DateSlips.dayMonthSwapped(LocalDate.of(2015, 3, 13))).isNull();
        assertThat(DateSlips.dayMonthSwapped(LocalDate.of(2015, 5, 5))).isNull();
    }

    @RepeatedTest(30)
    void oneDigitChangedGivesAnotherRealDateOneDigitApart() {
        LocalDate date = LocalDate.of(2016, 11, 28);
        LocalDate changed = DateSlips.oneDigitChanged(date, random);

        assertThat(changed).isNotNull().isNotEqualTo(date);
        String before =
                String.format(Locale.ROOT, "%02d%02d%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
        String after = String.format(
                Locale.ROOT, "%02d%02d%04d", changed.getDayOfMonth(), changed.getMonthValue(), changed.getYear());
        int differences = 0;
        for (int i = 0; i < before.length(); i++) {
            if (before.charAt(i) != after.charAt(i)) {
                differences++;
            }
        }
        assertThat(differences).isEqualTo(1);
        assertThat(after).matches("\\d{4}20\\d\\d");
    }

    @RepeatedTest(20)
    void aShiftIsOneToThreeDays() {
        LocalDate date = LocalDate.of(2020, 1, 1);
        long days = Math.abs(ChronoUnit.DAYS.between(date, DateSlips.shifted(date, random)));

        assertThat(days).isBetween(1L, 3L);
    }
}
