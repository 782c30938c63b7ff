package ru.rodnik.linkage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BirthDateComparisonTest {

    private final BirthDateComparison dates = new BirthDateComparison();

    private BirthDateLevel compare(String a, String b) {
        return dates.compare(LocalDate.parse(a), LocalDate.parse(b));
    }

    @Test
    void theSameDateIsExact() {
        assertThat(compare("2016-03-02", "2016-03-02")).isEqualTo(BirthDateLevel.EXACT);
    }

    @Test
    void dayAndMonthExchangedAreSwapped() {
        assertThat(compare("2016-03-02", "2016-02-03")).isEqualTo(BirthDateLevel.DAY_MONTH_SWAPPED);
    }

    @Test
    void dayAndMonthExchangedInAnotherYearAreNotSwapped() {
        assertThat(compare("2016-03-02", "2015-02-03")).isEqualTo(BirthDateLevel.DIFFERENT);
    }

    @Test
    void oneWrongDigitAnywhereIsOneDigit() {
        assertThat(compare("2016-03-02", "2016-03-08")).isEqualTo(BirthDateLevel.ONE_DIGIT);
        assertThat(compare("2016-03-02", "2018-03-02")).isEqualTo(BirthDateLevel.ONE_DIGIT);
        assertThat(compare("1990-07-14", "1980-07-14")).isEqualTo(BirthDateLevel.ONE_DIGIT);
    }

    @Test
    void twoNeighbouringDigitsExchangedAreOneDigit() {
        assertThat(compare("2016-03-12", "2016-03-21")).isEqualTo(BirthDateLevel.ONE_DIGIT);
        assertThat(compare("1990-07-14", "1909-07-14")).isEqualTo(BirthDateLevel.ONE_DIGIT);
    }

    @Test
    void twoDigitsWrongThatAreNotAnExchangeAreNotOneDigit() {
        assertThat(BirthDateComparison.oneDigitApart(20160312, 20160345)).isFalse();
        assertThat(BirthDateComparison.oneDigitApart(20160312, 20160213)).isFalse();
        assertThat(BirthDateComparison.oneDigitApart(20160312, 20160312)).isFalse();
    }

    @Test
    void aFewDaysApartAcrossAMonthIsWithinThreeDays() {
        assertThat(compare("2016-02-28", "2016-03-01")).isEqualTo(BirthDateLevel.WITHIN_3_DAYS);
        assertThat(compare("2015-12-30", "2016-01-02")).isEqualTo(BirthDateLevel.WITHIN_3_DAYS);
    }

    @Test
    void fourDaysApartIsNotWithinThreeDays() {
        assertThat(compare("2016-02-27", "2016-03-02")).isEqualTo(BirthDateLevel.SAME_YEAR);
    }

    @Test
    void anotherDayOfTheSameYearIsSameYear() {
        assertThat(compare("2016-03-02", "2016-09-25")).isEqualTo(BirthDateLevel.SAME_YEAR);
    }

    @Test
    void anotherYearIsDifferent() {
        assertThat(compare("2016-03-02", "2013-11-25")).isEqualTo(BirthDateLevel.DIFFERENT);
    }

    @Test
    void aMissingDateIsMissing() {
        assertThat(dates.compare(null, LocalDate.parse("2016-03-02"))).isEqualTo(BirthDateLevel.MISSING);
        assertThat(dates.compare(LocalDate.parse("2016-03-02"), null)).isEqualTo(BirthDateLevel.MISSING);
    }
}
