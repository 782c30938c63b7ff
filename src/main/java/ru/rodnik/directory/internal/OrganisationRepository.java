package ru.rodnik.directory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ru.rodnik.directory.Organisation;
import ru.rodnik.directory.OrganisationKind;
import ru.rodnik.platform.ConcurrentChangeException;

@Repository
class OrganisationRepository {

    private static final String COLUMNS =
            "id, kind, name, short_name, territory_code, region_code, address, phone, email, enabled, version";

    private final JdbcClient jdbc;

    OrganisationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Organisation> findAll() {
        return jdbc.sql("select " + COLUMNS + " from organisation order by region_code, territory_code, kind, name")
                .query(OrganisationRepository::map)
                .list();
    }

    List<Organisation> findAll(Collection<UUID> ids) {
        return jdbc.sql("select " + COLUMNS + " from organisation where id = any(cast(:ids as uuid[]))")
                .param("ids", ids.toArray(UUID[]::new))
                .query(OrganisationRepository::map)
                .list();
    }

    Optional<Organisation> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from organisation where id = :id")
                .param("id", id)
                .query(OrganisationRepository::map)
                .optional();
    }

    /**
     * Walks up from the territory to the region's root and takes the enabled centre of the nearest level; centres off
     * that path come after them all, by name. One query, as intake asks it for every signal.
     */
    Optional<Organisation> findFamilyCentreFor(String regionCode, String territoryCode) {
        return jdbc.sql("""
                        with recursive up (code, parent_code, depth) as (
                            select code, parent_code, 0 from territory
                            where code = :territory and region_code = :region
                            union all
                            select t.code, t.parent_code, up.depth + 1
                            from territory t join up on t.code = up.parent_code
                        )
                        select o.id, o.kind, o.name, o.short_name, o.territory_code, o.region_code, o.address,
                               o.phone, o.email, o.enabled, o.version
                        from organisation o left join up on up.code = o.territory_code
                        where o.region_code = :region and o.kind = 'FAMILY_CENTRE' and o.enabled
                        order by up.depth nulls last, o.name collate "C"
                        limit 1
                        """)
                .param("region", regionCode)
                .param("territory", territoryCode)
                .query(OrganisationRepository::map)
                .optional();
    }

    Optional<Organisation> findFirstOfKind(OrganisationKind kind) {
        return jdbc.sql("select " + COLUMNS + " from organisation where kind = :kind order by created_at, name limit 1")
                .param("kind", kind.name())
                .query(OrganisationRepository::map)
                .optional();
    }

    void insert(Organisation organisation, Instant at) {
        jdbc.sql("""
                insert into organisation (id, kind, name, short_name, territory_code, region_code, address, phone,
                                          email, enabled, created_at)
                values (:id, :kind, :name, :shortName, :territory, :region, :address, :phone, :email, :enabled, :at)
                """)
                .params(params(organisation))
                .param("at", Timestamp.from(at))
                .update();
    }

    void update(Organisation organisation) {
        int updated = jdbc.sql("""
                update organisation
                set kind = :kind, name = :name, short_name = :shortName, territory_code = :territory,
                    region_code = :region, address = :address, phone = :phone, email = :email, enabled = :enabled,
                    version = version + 1
                where id = :id and version = :version
                """)
                .params(params(organisation))
                .param("version", organisation.version())
                .update();
        if (updated == 0) {
            throw new ConcurrentChangeException("ORGANISATION", organisation.id());
        }
    }

    private static Map<String, Object> params(Organisation organisation) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", organisation.id());
        params.put("kind", organisation.kind().name());
        params.put("name", organisation.name());
        params.put("shortName", organisation.shortName());
        params.put("territory", organisation.territoryCode());
        params.put("region", organisation.regionCode());
        params.put("address", organisation.address());
        params.put("phone", organisation.phone());
        params.put("email", organisation.email());
        params.put("enabled", organisation.enabled());
        return params;
    }

    private static Organisation map(ResultSet rows, int rowNum) throws SQLException {
        return new Organisation(
                rows.getObject("id", UUID.class),
                OrganisationKind.valueOf(rows.getString("kind")),
                rows.getString("name"),
                rows.getString("short_name"),
                rows.getString("territory_code"),
                rows.getString("region_code"),
                rows.getString("address"),
                rows.getString("phone"),
                rows.getString("email"),
                rows.getBoolean("enabled"),
                rows.getInt("version"));
    }
}
