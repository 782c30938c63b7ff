package ru.rodnik.earlywarning.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
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
        return set(regionCode).orElse(ScoringParameters.DEFAULTS);
    }

    /** The region's own parameters; empty while the defaults apply. */
    Optional<ScoringParameters> set(String regionCode) {
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
                .optional();
    }

    void save(String regionCode, ScoringParameters parameters, Instant at) {
        jdbc.sql("""
                        insert into warning_parameters (region_code, half_life_days, window_days, threshold,
                            multi_agency_window_days, multi_agency_points, repeat_window_days, repeat_count,
                            repeat_points, repeated_indicator_window_days, repeated_indicator_points,
                            immediate_window_days, updated_at)
                        values (:region, :halfLife, :window, :threshold, :multiAgencyWindow, :multiAgencyPoints,
                            :repeatWindow, :repeatCount, :repeatPoints, :repeatedIndicatorWindow,
                            :repeatedIndicatorPoints, :immediateWindow, :at)
                        on conflict (region_code) do update set
                            half_life_days = excluded.half_life_days, window_days = excluded.window_days,
                            threshold = excluded.threshold,
                            multi_agency_window_days = excluded.multi_agency_window_days,
                            multi_agency_points = excluded.multi_agency_points,
                            repeat_window_days = excluded.repeat_window_days,
                            repeat_count = excluded.repeat_count, repeat_points = excluded.repeat_points,
                            repeated_indicator_window_days = excluded.repeated_indicator_window_days,
                            repeated_indicator_points = excluded.repeated_indicator_points,
                            immediate_window_days = excluded.immediate_window_days,
                            version = warning_parameters.version + 1, updated_at = excluded.updated_at
                        """)
                .param("region", regionCode)
                .param("halfLife", parameters.halfLifeDays())
                .param("window", parameters.windowDays())
                .param("threshold", parameters.threshold())
                .param("multiAgencyWindow", parameters.multiAgencyWindowDays())
                .param("multiAgencyPoints", parameters.multiAgencyPoints())
                .param("repeatWindow", parameters.repeatWindowDays())
                .param("repeatCount", parameters.repeatCount())
                .param("repeatPoints", parameters.repeatPoints())
                .param("repeatedIndicatorWindow", parameters.repeatedIndicatorWindowDays())
                .param("repeatedIndicatorPoints", parameters.repeatedIndicatorPoints())
                .param("immediateWindow", parameters.immediateWindowDays())
                .param("at", Timestamp.from(at))
                .update();
    }

    /** The region goes back to the defaults. */
    void reset(String regionCode) {
        jdbc.sql("delete from warning_parameters where region_code = :region")
                .param("region", regionCode)
                .update();
    }
}
