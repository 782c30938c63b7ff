package ru.rodnik.directory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ru.rodnik.platform.ApiClientPrincipal;

@Repository
class ApiClientRepository {

    private static final String COLUMNS =
            "id, organisation_id, name, token_hint, demo, created_at, created_by, revoked_at, revoked_by, last_used_at";

    private final JdbcClient jdbc;

    ApiClientRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ApiClient> findAll() {
        return jdbc.sql("select " + COLUMNS + " from api_client order by revoked_at nulls first, created_at desc")
                .query(ApiClientRepository::map)
                .list();
    }

    Optional<ApiClient> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from api_client where id = :id")
                .param("id", id)
                .query(ApiClientRepository::map)
                .optional();
    }

    /** The principal behind an active token of an enabled organisation; one indexed lookup per API request. */
    Optional<ApiClientPrincipal> findActiveByHash(String tokenHash) {
        return jdbc.sql("""
                select c.id, c.name, o.id as organisation_id, o.kind, o.territory_code, o.region_code
                from api_client c join organisation o on o.id = c.organisation_id
                where c.token_hash = :hash and c.revoked_at is null and o.enabled
                """)
                .param("hash", tokenHash)
                .query((rows, i) -> new ApiClientPrincipal(
                        rows.getObject("id", UUID.class),
                        rows.getString("name"),
                        rows.getObject("organisation_id", UUID.class),
                        rows.getString("kind"),
                        rows.getString("territory_code"),
                        rows.getString("region_code")))
                .optional();
    }

    void insert(ApiClient client, String tokenHash) {
        jdbc.sql("""
                insert into api_client (id, organisation_id, name, token_hash, token_hint, demo, created_at, created_by)
                values (:id, :organisation, :name, :hash, :hint, :demo, :at, :by)
                """)
                .param("id", client.id())
                .param("organisation", client.organisationId())
                .param("name", client.name())
                .param("hash", tokenHash)
                .param("hint", client.tokenHint())
                .param("demo", client.demo())
                .param("at", Timestamp.from(client.createdAt()))
                .param("by", client.createdBy())
                .update();
    }

    boolean revoke(UUID id, String by, Instant at) {
        return jdbc.sql(
                                "update api_client set revoked_at = :at, revoked_by = :by where id = :id and revoked_at is null")
                        .param("id", id)
                        .param("by", by)
                        .param("at", Timestamp.from(at))
                        .update()
                > 0;
    }

    long countActiveWithHashes(List<String> hashes) {
        return jdbc.sql(
                        "select count(*) from api_client where revoked_at is null and (demo or token_hash in (:hashes))")
                .param("hashes", hashes)
                .query(Long.class)
                .single();
    }

    private static ApiClient map(ResultSet rows, int rowNum) throws SQLException {
        return new ApiClient(
                rows.getObject("id", UUID.class),
                rows.getObject("organisation_id", UUID.class),
                rows.getString("name"),
                rows.getString("token_hint"),
                rows.getBoolean("demo"),
                rows.getTimestamp("created_at").toInstant(),
                rows.getString("created_by"),
                instant(rows.getTimestamp("revoked_at")),
                rows.getString("revoked_by"),
                instant(rows.getTimestamp("last_used_at")));
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
