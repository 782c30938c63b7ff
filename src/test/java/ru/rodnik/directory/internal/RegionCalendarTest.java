package ru.rodnik.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** Deadlines "within N working days" with fixed instants, by the region's own clock. */
class RegionCalendarTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final ZoneId NOVOSIBIRSK = ZoneId.of("Asia/Novosibirsk");
    private static final FederalCalendar FEDERAL = new FederalCalendar(new ClassPathResource(FederalCalendar.RESOURCE));

    private final RegionCalendar novosibirsk = new RegionCalendar(NOVOSIBIRSK, Map.of(), FEDERAL);
    private final RegionCalendar moscow = new RegionCalendar(MOSCOW, Map.of(), FEDERAL);

    @Test
    void receivedOnFridayThreeWorkingDaysEndAtWednesdayMidnight() {
        Instant friday = local(NOVOSIBIRSK, "2026-10-16T14:00");
        assertThat(novosibirsk.endOfWorkingDays(friday, 3)).isEqualTo(local(NOVOSIBIRSK, "2026-10-22T00:00"));
    }

    @Test
    void aPublicHolidayAndAWeekendAreSkipped() {
        // Received Tuesday 3 November 2026; 4 November is a holiday: Thu 5, Fri 6, Mon 9.
        Instant tuesday = local(NOVOSIBIRSK, "2026-11-03T09:15");
        assertThat(novosibirsk.endOfWorkingDays(tuesday, 3)).isEqualTo(local(NOVOSIBIRSK, "2026-11-10T00:00"));
    }

    @Test
    void theNewYearHolidaysAreSkippedAcrossTheYearEnd() {
        // 31 December 2025 and 1–11 January 2026 are off: Mon 12, Tue 13, Wed 14 January.
        Instant beforeNewYear = local(MOSCOW, "2025-12-30T16:00");
        assertThat(moscow.endOfWorkingDays(beforeNewYear, 3)).isEqualTo(local(MOSCOW, "2026-01-15T00:00"));
    }

    @Test
    void aTransferredWorkingSaturdayCounts() {
        // 2025 decree: Saturday 1 November was worked (its day off moved to Monday 3 November).
        Instant thursday = local(MOSCOW, "2025-10-30T11:00");
        assertThat(moscow.endOfWorkingDays(thursday, 2)).isEqualTo(local(MOSCOW, "2025-11-02T00:00"));
        // The third working day comes after the day off on Monday 3 and the holiday on Tuesday 4.
        assertThat(moscow.endOfWorkingDays(thursday, 3)).isEqualTo(local(MOSCOW, "2025-11-06T00:00"));
    }

    @Test
    void aStatutoryTransferCountsInAYearWithoutADecree() {
        // 2028 has no decree: 4 November falls on a Saturday, so Monday 6 November is off.
        Instant friday = local(MOSCOW, "2028-11-03T10:00");
        assertThat(moscow.endOfWorkingDays(friday, 1)).isEqualTo(local(MOSCOW, "2028-11-08T00:00"));
    }

    @Test
    void theReceiptDayIsTheRegionsLocalDay() {
        // 20:30 UTC on Monday 19 October 2026: 23:30 on Monday in Moscow, 03:30 on Tuesday in Novosibirsk.
        Instant lateMonday = Instant.parse("2026-10-19T20:30:00Z");
        assertThat(moscow.endOfWorkingDays(lateMonday, 1)).isEqualTo(local(MOSCOW, "2026-10-21T00:00"));
        assertThat(novosibirsk.endOfWorkingDays(lateMonday, 1)).isEqualTo(local(NOVOSIBIRSK, "2026-10-22T00:00"));
        assertThat(local(NOVOSIBIRSK, "2026-10-22T00:00")).isEqualTo(Instant.parse("2026-10-21T17:00:00Z"));
    }

    @Test
    void zeroWorkingDaysEndWithTheReceiptDayEvenOnAHoliday() {
        assertThat(moscow.endOfWorkingDays(local(MOSCOW, "2026-11-04T12:00"), 0))
                .isEqualTo(local(MOSCOW, "2026-11-05T00:00"));
        assertThatThrownBy(() -> moscow.endOfWorkingDays(local(MOSCOW, "2026-11-04T12:00"), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theRegionsOwnDaysOverrideTheFederalCalendar() {
        RegionCalendar republic = new RegionCalendar(
                MOSCOW,
                Map.of(
                        LocalDate.of(2026, 10, 20), RegionDayKind.DAY_OFF,
                        LocalDate.of(2026, 10, 24), RegionDayKind.WORKING_DAY),
                FEDERAL);
        Instant monday = local(MOSCOW, "2026-10-19T10:00");
        // Tuesday 20 is the region's day off, Saturday 24 its working day: Wed 21, Thu 22, Fri 23, Sat 24.
        assertThat(republic.endOfWorkingDays(monday, 4)).isEqualTo(local(MOSCOW, "2026-10-25T00:00"));
        assertThat(moscow.endOfWorkingDays(monday, 4)).isEqualTo(local(MOSCOW, "2026-10-24T00:00"));
    }

    private static Instant local(ZoneId zone, String dateTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(dateTime), zone).toInstant();
    }
}
