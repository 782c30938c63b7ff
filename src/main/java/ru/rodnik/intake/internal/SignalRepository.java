package ru.rodnik.intake.internal;

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
import ru.rodnik.intake.ScreeningDecision;
import ru.rodnik.intake.SignalStatus;
import ru.rodnik.intake.Urgency;
import ru.rodnik.linkage.LinkStatus;
import ru.rodnik.platform.TransactionLock;
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
            Instant receivedAt,
            @Nullable UUID familyCentreId,
            Instant screeningDueAt) {

        /**
         * The signal with these indicators and subjects as it is before anything of it is stored: received, in no
         * family yet, undecided, at its first version.
         */
        Signal stored(List<String> indicators, List<Signal.LinkedSubject> subjects) {
            return new Signal(
                    id,
                    regionCode,
                    organisationId,
                    externalId,
                    SignalStatus.RECEIVED,
                    urgency,
                    catalogueVersion,
                    List.copyOf(indicators),
                    receivedAt,
                    List.copyOf(subjects),
                    new Signal.Report(receivedBy, description, territoryCode, addressText, contactName, contactPhone),
                    new Signal.Screening(familyCentreId, screeningDueAt, null, null, null, 0));
        }
    }

    /** A line of a screening queue or of a reporter's list: enough to sort and choose, no names. */
    record SignalLine(
            UUID id,
            @Nullable String externalId,
            SignalStatus status,
            Urgency urgency,
            UUID organisationId,
            String territoryCode,
            List<String> indicators,
            int children,
            Instant receivedAt,
            Instant dueAt,
            @Nullable Instant escalatedAt,
            @Nullable ScreeningDecision decision,
            @Nullable UUID referredTo,
            @Nullable Instant decidedAt) {}

    /** An undecided signal past its deadline that no supervisor has been told of yet. */
    record Overdue(UUID id, String regionCode, @Nullable UUID familyCentreId, Instant dueAt) {}

    /**
     * Makes every other transaction that takes the same organisation's key wait until this one ends: together with
     * {@link #findByKey} after it, concurrent retries of one key store one signal. The unique index on the key stays
     * the last guard.
     */
    void lockKey(UUID organisationId, String idempotencyKey) {
        TransactionLock.hold(jdbc, "intake:" + organisationId + "/" + idempotencyKey);
    }

    /** Inserts the signal in the family it joined, if any (its key is locked, so no other signal holds it). */
    void insert(NewSignal signal, @Nullable UUID familyId) {
        jdbc.sql("""
                        insert into signal (id, region_code, organisation_id, received_by, idempotency_key,
                                            external_id, status, reported_urgency, urgency, catalogue_version,
                                            description, territory_code, address_text, contact_name, contact_phone,
                                            received_at, family_centre_id, screening_due_at, family_id)
                        values (:id, :region, :organisation, :receivedBy, :key, :externalId, :status,
                                :reportedUrgency, :urgency, :catalogue, :description, :territory, :address,
                                :contactName, :contactPhone, :receivedAt, :centre, :dueAt, :family)
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
                .param("centre", signal.familyCentreId())
                .param("dueAt", Timestamp.from(signal.screeningDueAt()))
                .param("family", familyId)
                .update();
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

    void addSubject(UUID signal, String region, Signal.LinkedSubject subject) {
        jdbc.sql("""
                insert into signal_subject (signal_id, region_code, position, role, reported, decision_id,
                                            link_status, person_id, family_id)
                values (:signal, :region, :position, :role, cast(:reported as jsonb), :decision, :status, :person,
                        :family)
                """)
                .param("signal", signal)
                .param("region", region)
                .param("position", subject.position())
                .param("role", subject.role().name())
                .param("reported", json.writeValueAsString(subject.reported()))
                .param("decision", subject.decisionId())
                .param("status", subject.match().name())
                .param("person", subject.personId())
                .param("family", subject.familyId())
                .update();
    }

    /**
     * Records what a screener said about a subject that waited for review.
     *
     * @return the signal the subject belongs to, when the decision was about a subject of a signal
     */
    Optional<UUID> resolveSubject(UUID decisionId, LinkStatus status, UUID personId) {
        return jdbc.sql("""
                        update signal_subject set link_status = :status, person_id = :person
                        where decision_id = :decision
                        returning signal_id""")
                .param("status", status.name())
                .param("person", personId)
                .param("decision", decisionId)
                .query(UUID.class)
                .optional();
    }

    void setFamily(Signal signal, UUID familyId) {
        jdbc.sql("update signal set family_id = :family where region_code = :region and id = :id")
                .param("family", familyId)
                .param("region", signal.regionCode())
                .param("id", signal.id())
                .update();
    }

    void setSubjectFamily(Signal signal, int position, UUID familyId) {
        jdbc.sql("""
                update signal_subject set family_id = :family
                where region_code = :region and signal_id = :id and position = :position""")
                .param("family", familyId)
                .param("region", signal.regionCode())
                .param("id", signal.id())
                .param("position", position)
                .update();
    }

    /**
     * Stores the screening decision unless the signal was decided already or changed since the screener read it.
     *
     * @return whether the decision was stored
     */
    boolean decide(Signal signal, int version, Signal.Decision decision) {
        return jdbc.sql("""
                        update signal set status = :status, decision = :decision, decision_reason = :reason,
                                          referred_to = :referredTo, case_id = :caseId, decided_by = :decidedBy,
                                          decided_at = :decidedAt, version = version + 1
                        where region_code = :region and id = :id and version = :version and decision is null
                        """)
                        .param("status", decision.kind().status().name())
                        .param("decision", decision.kind().name())
                        .param("reason", decision.reason())
                        .param("referredTo", decision.referredTo())
                        .param("caseId", decision.caseId())
                        .param("decidedBy", decision.decidedBy())
                        .param("decidedAt", Timestamp.from(decision.decidedAt()))
                        .param("region", signal.regionCode())
                        .param("id", signal.id())
                        .param("version", version)
                        .update()
                == 1;
    }

    /** The undecided signals of a family centre, the nearest deadline first. */
    List<SignalLine> queue(String region, UUID familyCentre, int limit) {
        return jdbc.sql(LINE + """
                         where s.region_code = :region and s.family_centre_id = :centre and s.decision is null
                        order by s.screening_due_at, s.received_at limit :limit""")
                .param("region", region)
                .param("centre", familyCentre)
                .param("limit", limit)
                .query(SignalRepository::line)
                .list();
    }

    long countUndecided(String region, UUID familyCentre) {
        return jdbc.sql("""
                        select count(*) from signal
                        where region_code = :region and family_centre_id = :centre and decision is null""")
                .param("region", region)
                .param("centre", familyCentre)
                .query(Long.class)
                .single();
    }

    /** The family centre's signals decided most recently. */
    List<SignalLine> decided(String region, UUID familyCentre, int limit) {
        return jdbc.sql(LINE + """
                         where s.region_code = :region and s.family_centre_id = :centre and s.decision is not null
                        order by s.decided_at desc limit :limit""")
                .param("region", region)
                .param("centre", familyCentre)
                .param("limit", limit)
                .query(SignalRepository::line)
                .list();
    }

    /** What one user of an organisation reported, newest first. */
    List<SignalLine> reportedBy(UUID organisation, String user, int limit) {
        return jdbc.sql(LINE + """
                         where s.organisation_id = :organisation and s.received_by = :user
                        order by s.received_at desc limit :limit""")
                .param("organisation", organisation)
                .param("user", user)
                .param("limit", limit)
                .query(SignalRepository::line)
                .list();
    }

    /**
     * An organisation's signals in the order they last changed (received, then decided), after a position in that
     * order: a partner system polls with the position of the last signal it saw and never misses or repeats one.
     */
    List<SignalLine> changedFor(UUID organisation, @Nullable Instant after, @Nullable UUID afterId, int limit) {
        return jdbc.sql(LINE + """
                         where s.organisation_id = :organisation
                          and (cast(:after as timestamptz) is null
                               or (coalesce(s.decided_at, s.received_at), s.id)
                                  > (cast(:after as timestamptz), cast(:afterId as uuid)))
                        order by coalesce(s.decided_at, s.received_at), s.id limit :limit""")
                .param("organisation", organisation)
                .param("after", after == null ? null : Timestamp.from(after))
                .param("afterId", afterId)
                .param("limit", limit)
                .query(SignalRepository::line)
                .list();
    }

    List<Overdue> overdueNotEscalated(Instant now, int limit) {
        return jdbc.sql("""
                        select id, region_code, family_centre_id, screening_due_at from signal
                        where decision is null and escalated_at is null and screening_due_at < :now
                        order by screening_due_at limit :limit""")
                .param("now", Timestamp.from(now))
                .param("limit", limit)
                .query((rs, row) -> new Overdue(
                        rs.getObject("id", UUID.class),
                        rs.getString("region_code"),
                        rs.getObject("family_centre_id", UUID.class),
                        rs.getTimestamp("screening_due_at").toInstant()))
                .list();
    }

    /** @return whether this call marked it (another node may have been first) */
    boolean markEscalated(Overdue overdue, Instant now) {
        return jdbc.sql("""
                        update signal set escalated_at = :now
                        where region_code = :region and id = :id and escalated_at is null and decision is null""")
                        .param("now", Timestamp.from(now))
                        .param("region", overdue.regionCode())
                        .param("id", overdue.id())
                        .update()
                == 1;
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

    private static final String LINE = """
            select s.id, s.external_id, s.status, s.urgency, s.organisation_id, s.territory_code, s.received_at,
                   s.screening_due_at, s.escalated_at, s.decision, s.referred_to, s.decided_at,
                   array(select i.code from signal_indicator i
                         where i.region_code = s.region_code and i.signal_id = s.id order by i.position) as indicators,
                   (select count(*) from signal_subject c
                    where c.region_code = s.region_code and c.signal_id = s.id and c.role = 'CHILD') as children
            from signal s""";

    private static SignalLine line(ResultSet rs, int row) throws SQLException {
        String decision = rs.getString("decision");
        return new SignalLine(
                rs.getObject("id", UUID.class),
                rs.getString("external_id"),
                SignalStatus.valueOf(rs.getString("status")),
                Urgency.valueOf(rs.getString("urgency")),
                rs.getObject("organisation_id", UUID.class),
                rs.getString("territory_code"),
                List.of((String[]) rs.getArray("indicators").getArray()),
                rs.getInt("children"),
                rs.getTimestamp("received_at").toInstant(),
                rs.getTimestamp("screening_due_at").toInstant(),
                instant(rs, "escalated_at"),
                decision == null ? null : ScreeningDecision.valueOf(decision),
                rs.getObject("referred_to", UUID.class),
                instant(rs, "decided_at"));
    }

    private static final String SELECT = """
            select id, region_code, organisation_id, external_id, status, urgency, catalogue_version, received_at,
                   received_by, description, territory_code, address_text, contact_name, contact_phone,
                   family_centre_id, screening_due_at, escalated_at, family_id, decision, decision_reason,
                   referred_to, case_id, decided_by, decided_at, version
            from signal""";

    private Signal header(ResultSet rs, int row) throws SQLException {
        String decision = rs.getString("decision");
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
                List.of(),
                new Signal.Report(
                        rs.getString("received_by"),
                        rs.getString("description"),
                        rs.getString("territory_code"),
                        rs.getString("address_text"),
                        rs.getString("contact_name"),
                        rs.getString("contact_phone")),
                new Signal.Screening(
                        rs.getObject("family_centre_id", UUID.class),
                        rs.getTimestamp("screening_due_at").toInstant(),
                        instant(rs, "escalated_at"),
                        rs.getObject("family_id", UUID.class),
                        decision == null
                                ? null
                                : new Signal.Decision(
                                        ScreeningDecision.valueOf(decision),
                                        rs.getString("decision_reason"),
                                        rs.getObject("referred_to", UUID.class),
                                        rs.getObject("case_id", UUID.class),
                                        rs.getString("decided_by"),
                                        rs.getTimestamp("decided_at").toInstant()),
                        rs.getInt("version")));
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
                        select position, role, reported::text as reported, decision_id, link_status, person_id,
                               family_id
                        from signal_subject
                        where region_code = :region and signal_id = :signal order by position""")
                .param("region", signal.regionCode())
                .param("signal", signal.id())
                .query((rs, row) -> new Signal.LinkedSubject(
                        rs.getInt("position"),
                        FamilyRole.valueOf(rs.getString("role")),
                        json.readValue(rs.getString("reported"), PersonDetails.class),
                        rs.getObject("decision_id", UUID.class),
                        LinkStatus.valueOf(rs.getString("link_status")),
                        rs.getObject("person_id", UUID.class),
                        rs.getObject("family_id", UUID.class)))
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
                subjects,
                signal.report(),
                signal.screening());
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
