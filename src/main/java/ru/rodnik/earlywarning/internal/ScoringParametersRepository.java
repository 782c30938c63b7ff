package ru.rodnik.earlywarning.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ru.rodnik.earlywarning.ScoringParameters;

/** The scoring parameters a region has set, or the defaults. */
@Repository
class ScoringParametersRepository {

    private final JdbcClient jdbc;

    ScoringParametersRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ScoringParameters of(String regionCode) {
        return jdbc.sql("""
                        select half_life_days, window_days, threshold, multi_agency_window_days,
                               multi_agency_points, repeat_window_days, repeat_count, repeat_points,
                               repeated_indicator_window_days, repeated_indicator_points, immediate_window_days
                        from warning_parameters where region_code = :region
                        """)
                .param("region", regionCode)
                .query((rs, n) -> new ScoringParameters(
                        rs.getInt("half_life_days"),
                        rs.getInt("window_days"),
                        rs.getDouble("threshold"),
                        rs.getInt("multi_agency_window_days"),
                        rs.getDouble("multi_agency_points"),
                        rs.getInt("repeat_window_days"),
                        rs.getInt("repeat_count"),
                        rs.getDouble("repeat_points"),
                        rs.getInt("repeated_indicator_window_days"),
                        rs.getDouble("repeated_indicator_points"),
                        rs.getInt("immediate_window_days")))
                .optional()
                .orElse(ScoringParameters.DEFAULTS);
    }
}
