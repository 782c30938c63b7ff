package ru.rodnik.intake.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ru.rodnik.intake.SignalStatus;
import ru.rodnik.intake.Urgency;
import ru.rodnik.linkage.LinkStatus;
import ru.rodnik.registry.FamilyRole;
import ru.rodnik.registry.PersonDetails;
import tools.jackson.databind.json.JsonMapper;

@Repository
class SignalRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    SignalRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    record NewSignal(
            UUID id,
            String regionCode,
            UUID organisationId,
            String receivedBy,
            @Nullable String idempotencyKey,
            @Nullable String externalId,
            Urgency reportedUrgency,
            Urgency urgency,
            int catalogueVersion,
            @Nullable String description,
            String territoryCode,
            @Nullable String addressText,
            @Nullable String contactName,
            @Nullable String contactPhone,
            Instant receivedAt) {}

    /**
     * Inserts the signal unless its organisation already has one under the same idempotency key. A concurrent
     * insert of the same key waits here for the other transaction: if it commits, this one inserts nothing and the
     * caller reads the committed signal back; if it rolls back, this one inserts.
     *
     * @return whether the signal was inserted
     */
    boolean insertUnlessKnown(NewSignal signal) {
        return jdbc.sql("""
                        insert into signal (id, region_code, organisation_id, received_by, idempotency_key,
                                            external_id, status, reported_urgency, urgency, catalogue_version,
                                            description, territory_code, address_text, contact_name, contact_phone,
                                            received_at)
                        values (:id, :region, :organisation, :receivedBy, :key, :externalId, :status,
                                :reportedUrgency, :urgency, :catalogue, :description, :territory, :address,
                                :contactName, :contactPhone, :receivedAt)
                        on conflict (organisation_id, idempotency_key) where idempotency_key is not null
                        do nothing
                        """)
                        .param("id", signal.id())
                        .param("region", signal.regionCode())
                        .param("organisation", signal.organisationId())
                        .param("receivedBy", signal.receivedBy())
                        .param("key", signal.idempotencyKey())
                        .param("externalId", signal.externalId())
                        .param("status", SignalStatus.RECEIVED.name())
                        .param("reportedUrgency", signal.reportedUrgency().name())
                        .param("urgency", signal.urgency().name())
                        .param("catalogue", signal.catalogueVersion())
                        .param("description", signal.description())
                        .param("territory", signal.territoryCode())
                        .param("address", signal.addressText())
                        .param("contactName", signal.contactName())
                        .param("contactPhone", signal.contactPhone())
                        .param("receivedAt", Timestamp.from(signal.receivedAt()))
                        .update()
                == 1;
    }

    void addIndicators(UUID signal, String region, int catalogueVersion, List<String> codes) {
        for (int i = 0; i < codes.size(); i++) {
            jdbc.sql("""
                    insert into signal_indicator (signal_id, region_code, position, catalogue_version, code)
                    values (:signal, :region, :position, :catalogue, :code)
                    """)
                    .param("signal", signal)
                    .param("region", region)
                    .param("position", i)
                    .param("catalogue", catalogueVersion)
                    .param("code", codes.get(i))
                    .update();
        }
    }

    void addSubject(
            UUID signal,
            String region,
            int position,
            FamilyRole role,
            PersonDetails reported,
            UUID decisionId,
            LinkStatus status,
            @Nullable UUID personId) {
        jdbc.sql("""
                insert into signal_subject (signal_id, region_code, position, role, reported, decision_id,
                                            link_status, person_id)
                values (:signal, :region, :position, :role, cast(:reported as jsonb), :decision, :status, :person)
                """)
                .param("signal", signal)
                .param("region", region)
                .param("position", position)
                .param("role", role.name())
                .param("reported", json.writeValueAsString(reported))
                .param("decision", decisionId)
                .param("status", status.name())
                .param("person", personId)
                .update();
    }

    Optional<Signal> find(UUID id) {
        return jdbc.sql(SELECT + " where id = :id")
                .param("id", id)
                .query(this::header)
                .optional()
                .map(this::withParts);
    }

    Optional<Signal> findByKey(UUID organisationId, String idempotencyKey) {
        return jdbc.sql(SELECT + " where organisation_id = :organisation and idempotency_key = :key")
                .param("organisation", organisationId)
                .param("key", idempotencyKey)
                .query(this::header)
                .optional()
                .map(this::withParts);
    }

    private static final String SELECT = """
            select id, region_code, organisation_id, external_id, status, urgency, catalogue_version, received_at
            from signal""";

    private Signal header(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Signal(
                rs.getObject("id", UUID.class),
                rs.getString("region_code"),
                rs.getObject("organisation_id", UUID.class),
                rs.getString("external_id"),
                SignalStatus.valueOf(rs.getString("status")),
                Urgency.valueOf(rs.getString("urgency")),
                rs.getInt("catalogue_version"),
                List.of(),
                rs.getTimestamp("received_at").toInstant(),
                List.of());
    }

    private Signal withParts(Signal signal) {
        // region_code in every condition: the rows of one signal live on one shard with it.
        List<String> indicators = jdbc.sql("""
                        select code from signal_indicator
                        where region_code = :region and signal_id = :signal order by position""")
                .param("region", signal.regionCode())
                .param("signal", signal.id())
                .query(String.class)
                .list();
        List<Signal.LinkedSubject> subjects = jdbc.sql("""
                        select position, role, decision_id, link_status, person_id from signal_subject
                        where region_code = :region and signal_id = :signal order by position""")
                .param("region", signal.regionCode())
                .param("signal", signal.id())
                .query((rs, row) -> new Signal.LinkedSubject(
                        rs.getInt("position"),
                        FamilyRole.valueOf(rs.getString("role")),
                        rs.getObject("decision_id", UUID.class),
                        LinkStatus.valueOf(rs.getString("link_status")),
                        rs.getObject("person_id", UUID.class)))
                .list();
        return new Signal(
                signal.id(),
                signal.regionCode(),
                signal.organisationId(),
                signal.externalId(),
                signal.status(),
                signal.urgency(),
                signal.catalogueVersion(),
                indicators,
                signal.receivedAt(),
                subjects);
    }
}
