package ru.rodnik.directory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ru.rodnik.directory.Territory;
import ru.rodnik.directory.TerritoryLevel;
import ru.rodnik.platform.ConcurrentChangeException;

@Repository
class TerritoryRepository {

    private static final String COLUMNS = "code, parent_code, region_code, level, name, remote, version";

    private final JdbcClient jdbc;

    TerritoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Depth-first order (region, its municipalities, each with its settlements), so a flat list reads as a tree. */
    List<Territory> findAllAsTree() {
        return jdbc.sql("""
                with recursive tree as (
                    select t.*, array[t.name::text] as path from territory t where parent_code is null
                    union all
                    select c.*, tree.path || c.name::text from territory c join tree on c.parent_code = tree.code
                )
                select code, parent_code, region_code, level, name, remote, version from tree order by path
                """).query(TerritoryRepository::map).list();
    }

    List<Territory> findAll(Collection<String> codes) {
        return jdbc.sql("select " + COLUMNS + " from territory where code = any(cast(:codes as text[]))")
                .param("codes", codes.toArray(String[]::new))
                .query(TerritoryRepository::map)
                .list();
    }

    Optional<Territory> find(String code) {
        return jdbc.sql("select " + COLUMNS + " from territory where code = :code")
                .param("code", code)
                .query(TerritoryRepository::map)
                .optional();
    }

    boolean exists(String code) {
        return jdbc.sql("select count(*) from territory where code = :code")
                        .param("code", code)
                        .query(Long.class)
                        .single()
                > 0;
    }

    void insert(Territory territory) {
        jdbc.sql("""
                insert into territory (code, parent_code, region_code, level, name, remote)
                values (:code, :parent, :region, :level, :name, :remote)
                """)
                .param("code", territory.code())
                .param("parent", territory.parentCode())
                .param("region", territory.regionCode())
                .param("level", territory.level().name())
                .param("name", territory.name())
                .param("remote", territory.remote())
                .update();
    }

    void update(String code, String name, boolean remote, int expectedVersion) {
        int updated = jdbc.sql("""
                update territory set name = :name, remote = :remote, version = version + 1
                where code = :code and version = :version
                """)
                .param("code", code)
                .param("name", name)
                .param("remote", remote)
                .param("version", expectedVersion)
                .update();
        if (updated == 0) {
            throw new ConcurrentChangeException("TERRITORY", code);
        }
    }

    /** The zone id stored on a region's row; empty for an unknown region or one that has none set. */
    Optional<String> timeZone(String regionCode) {
        return jdbc.sql("select time_zone from territory where code = :code and level = 'REGION'")
                .param("code", regionCode)
                .query(String.class)
                .optional();
    }

    void updateTimeZone(String regionCode, ZoneId zone, int expectedVersion) {
        int updated = jdbc.sql("""
                update territory set time_zone = :zone, version = version + 1
                where code = :code and level = 'REGION' and version = :version
                """)
                .param("code", regionCode)
                .param("zone", zone.getId())
                .param("version", expectedVersion)
                .update();
        if (updated == 0) {
            throw new ConcurrentChangeException("TERRITORY", regionCode);
        }
    }

    long count() {
        return jdbc.sql("select count(*) from territory").query(Long.class).single();
    }

    private static Territory map(ResultSet rows, int rowNum) throws SQLException {
        return new Territory(
                rows.getString("code"),
                rows.getString("parent_code"),
                rows.getString("region_code"),
                TerritoryLevel.valueOf(rows.getString("level")),
                rows.getString("name"),
                rows.getBoolean("remote"),
                rows.getInt("version"));
    }
}
