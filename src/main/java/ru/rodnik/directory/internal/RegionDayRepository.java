package ru.rodnik.directory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class RegionDayRepository {

    private final JdbcClient jdbc;

    RegionDayRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every day the region decided, all years: a region has a handful a year. */
    Map<LocalDate, RegionDayKind> kinds(String regionCode) {
        return jdbc
                .sql("select day, kind from region_calendar_day where region_code = :region")
                .param("region", regionCode)
                .query((rows, i) -> Map.entry(
                        rows.getObject("day", LocalDate.class), RegionDayKind.valueOf(rows.getString("kind"))))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    List<RegionDay> inYear(String regionCode, int year) {
        return jdbc.sql("""
                select region_code, day, kind, note from region_calendar_day
                where region_code = :region and day >= :from and day < :to order by day
                """)
                .param("region", regionCode)
                .param("from", LocalDate.of(year, 1, 1))
                .param("to", LocalDate.of(year + 1, 1, 1))
                .query(RegionDayRepository::map)
                .list();
    }

    /** False when the region already has an entry for that day; nothing is then changed. */
    boolean insert(RegionDay day, String createdBy, Instant createdAt) {
        return jdbc.sql("""
                        insert into region_calendar_day (region_code, day, kind, note, created_by, created_at)
                        values (:region, :day, :kind, :note, :by, :at)
                        on conflict (region_code, day) do nothing
                        """)
                        .param("region", day.regionCode())
                        .param("day", day.day())
                        .param("kind", day.kind().name())
                        .param("note", day.note())
                        .param("by", createdBy)
                        .param("at", Timestamp.from(createdAt))
                        .update()
                > 0;
    }

    boolean delete(String regionCode, LocalDate day) {
        return jdbc.sql("delete from region_calendar_day where region_code = :region and day = :day")
                        .param("region", regionCode)
                        .param("day", day)
                        .update()
                > 0;
    }

    private static RegionDay map(ResultSet rows, int rowNum) throws SQLException {
        return new RegionDay(
                rows.getString("region_code"),
                rows.getObject("day", LocalDate.class),
                RegionDayKind.valueOf(rows.getString("kind")),
                rows.getString("note"));
    }
}
