package ru.rodnik.intake.internal;

import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.rodnik.directory.WorkingCalendar;
import ru.rodnik.intake.Urgency;

/**
 * By when the family centre must decide about a signal (DESIGN.md §3): an IMMEDIATE one within hours, counted on
 * the clock; a STANDARD one by the end of the N-th working day after receipt, by the region's working-day calendar.
 * Both numbers are the region's, with 24 hours and 3 working days where the region set none.
 */
@Component
class ScreeningDeadlines {

    static final Settings DEFAULTS = new Settings(24, 3);

    private final JdbcClient jdbc;
    private final WorkingCalendar calendar;

    ScreeningDeadlines(JdbcClient jdbc, WorkingCalendar calendar) {
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    record Settings(int immediateHours, int standardWorkingDays) {}

    Instant dueAt(String regionCode, Urgency urgency, Instant receivedAt) {
        Settings settings = settings(regionCode);
        return switch (urgency) {
            case IMMEDIATE -> receivedAt.plus(Duration.ofHours(settings.immediateHours()));
            case STANDARD -> calendar.endOfWorkingDays(regionCode, receivedAt, settings.standardWorkingDays());
        };
    }

    Settings settings(String regionCode) {
        return jdbc.sql("""
                        select immediate_hours, standard_working_days from screening_deadline
                        where region_code = :region""")
                .param("region", regionCode)
                .query((rs, row) -> new Settings(rs.getInt("immediate_hours"), rs.getInt("standard_working_days")))
                .optional()
                .orElse(DEFAULTS);
    }

    void save(String regionCode, Settings settings) {
        jdbc.sql("""
                insert into screening_deadline (region_code, immediate_hours, standard_working_days)
                values (:region, :hours, :days)
                on conflict (region_code) do update
                set immediate_hours = excluded.immediate_hours,
                    standard_working_days = excluded.standard_working_days,
                    version = screening_deadline.version + 1""")
                .param("region", regionCode)
                .param("hours", settings.immediateHours())
                .param("days", settings.standardWorkingDays())
                .update();
    }
}
