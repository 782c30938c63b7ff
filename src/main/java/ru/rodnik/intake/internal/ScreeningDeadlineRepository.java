package ru.rodnik.intake.internal;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The screening deadlines each region set for itself ({@code screening_deadline}); regions without a row use defaults. */
@Repository
class ScreeningDeadlineRepository {

    private final JdbcClient jdbc;

    ScreeningDeadlineRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ScreeningDeadlines.Settings> find(String regionCode) {
        return jdbc.sql("""
                        select immediate_hours, standard_working_days from screening_deadline
                        where region_code = :region""")
                .param("region", regionCode)
                .query((rs, row) -> new ScreeningDeadlines.Settings(
                        rs.getInt("immediate_hours"), rs.getInt("standard_working_days")))
                .optional();
    }

    void save(String regionCode, ScreeningDeadlines.Settings settings) {
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
