package ru.rodnik.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

/** The federal production calendar as recorded in the data file, and the statutory rule for years without a decree. */
class FederalCalendarTest {

    private final FederalCalendar federal = new FederalCalendar(new ClassPathResource(FederalCalendar.RESOURCE));

    @Test
    void eachRecordedYearHasThePublishedNumberOfWorkingDays() {
        // Published production calendars (five-day week): 2024 — 248, 2025 — 247, 2026 — 247 working days.
        assertThat(federal.year(2024).workingDays()).isEqualTo(248);
        assertThat(federal.year(2025).workingDays()).isEqualTo(247);
        assertThat(federal.year(2026).workingDays()).isEqualTo(247);
    }

    @Test
    void eachRecordedYearNamesItsDecree() {
        assertThat(federal.year(2024).decree()).contains("10.08.2023 N 1314");
        assertThat(federal.year(2025).decree()).contains("04.10.2024 N 1335");
        assertThat(federal.year(2026).decree()).contains("24.09.2025 N 1466");
    }

    @Test
    void theDecreeReplacesTheStatutoryRuleInItsYear() {
        // 2025: 23 February was a Sunday; the decree moved that day off to 8 May instead of Monday 24 February.
        assertThat(federal.isWorkingDay(LocalDate.of(2025, 2, 24))).isTrue();
        assertThat(federal.isWorkingDay(LocalDate.of(2025, 5, 8))).isFalse();
        // 2025: Saturday 1 November was worked, Monday 3 November was not.
        assertThat(federal.isWorkingDay(LocalDate.of(2025, 11, 1))).isTrue();
        assertThat(federal.isWorkingDay(LocalDate.of(2025, 11, 3))).isFalse();
    }

    @Test
    void aYearWithoutADecreeMovesAWeekendHolidayToTheNextWorkingDay() {
        assertThat(federal.year(2028).decree())
                .as("2028 must have no decree in the data file; pick a later year when it gets one")
                .isNull();
        // 4 November 2028 is a Saturday: Monday 6 November is off, Tuesday 7 November is worked.
        assertThat(federal.isWorkingDay(LocalDate.of(2028, 11, 6))).isFalse();
        assertThat(federal.isWorkingDay(LocalDate.of(2028, 11, 7))).isTrue();
        assertThat(federal.year(2028).days())
                .anySatisfy(day -> assertThat(day)
                        .isEqualTo(new FederalDay(
                                LocalDate.of(2028, 11, 6),
                                FederalDay.Kind.STATUTORY_DAY_OFF,
                                "День народного единства")));
    }

    @Test
    void weekendsOfTheJanuaryHolidaysAreNotMovedWithoutADecree() {
        // 1 and 2 January 2028 are Saturday and Sunday; only a decree could move them, so Monday 10 January is worked.
        assertThat(federal.isWorkingDay(LocalDate.of(2028, 1, 8))).isFalse();
        assertThat(federal.isWorkingDay(LocalDate.of(2028, 1, 10))).isTrue();
    }

    @Test
    void theStatutoryRuleSkipsDaysThatAreAlreadyOff() {
        FederalCalendar calendar = calendar("""
                HOLIDAY\t05-01\tПраздник Весны и Труда
                HOLIDAY\t05-03\tВыдуманный праздник
                """);
        // 2032: 1 May is a Saturday, 3 May a Monday holiday: the day off lands on Tuesday 4 May.
        assertThat(calendar.isWorkingDay(LocalDate.of(2032, 5, 3))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2032, 5, 4))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2032, 5, 5))).isTrue();
    }

    @Test
    void aFileWithTransfersButNoDecreeOrWithAWorkedWeekdayIsRefused() {
        assertThatThrownBy(() -> calendar("DAY_OFF\t2030-05-06\tперенос\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("DECREE");
        assertThatThrownBy(() -> calendar("DECREE\t2030\tпостановление\nWORKING_DAY\t2030-05-06\tперенос\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("line 2");
        assertThatThrownBy(() -> calendar("HOLIDAY\t13-01\tнет такого месяца\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("line 1");
    }

    private static FederalCalendar calendar(String data) {
        return new FederalCalendar(new ByteArrayResource(data.getBytes(StandardCharsets.UTF_8)));
    }
}
