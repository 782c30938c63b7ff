package ru.rodnik.linkage.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ru.rodnik.linkage.LinkStatus;
import ru.rodnik.linkage.MatchDecision;
import ru.rodnik.linkage.Subject;
import ru.rodnik.platform.ConcurrentChangeException;
import tools.jackson.databind.json.JsonMapper;

/** Every decision with the subject as described and the ranked candidates, for the review queue and for learning. */
@Repository
class MatchDecisionRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    MatchDecisionRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A ranked candidate as stored: the person and the decision the engine made about it. */
    record StoredCandidate(UUID personId, MatchDecision decision) {}

    record StoredDecision(
            UUID id,
            String region,
            String source,
            @Nullable String sourceRef,
            Subject subject,
            LinkStatus status,
            MatchDecision decision,
            List<StoredCandidate> candidates,
            @Nullable UUID personId,
            Instant decidedAt,
            @Nullable String reviewedBy,
            int version) {}

    void insert(StoredDecision decision) {
        jdbc.sql("""
                insert into match_decision (id, region_code, source, source_ref, subject, outcome, score, decision,
                                            candidates, person_id, decided_at)
                values (:id, :region, :source, :ref, cast(:subject as jsonb), :outcome, :score,
                        cast(:decision as jsonb), cast(:candidates as jsonb), :person, :at)
                """)
                .param("id", decision.id())
                .param("region", decision.region())
                .param("source", decision.source())
                .param("ref", decision.sourceRef())
                .param("subject", json.writeValueAsString(decision.subject()))
                .param("outcome", decision.status().name())
                .param("score", decision.decision().score())
                .param("decision", json.writeValueAsString(decision.decision()))
                .param("candidates", json.writeValueAsString(decision.candidates()))
                .param("person", decision.personId())
                .param("at", Timestamp.from(decision.decidedAt()))
                .update();
    }

    /**
     * Many decisions in one statement, for a batch of reports: the columns come as parallel arrays that unnest row by
     * row. Every decision is of the same region and source.
     */
    void insertAll(String region, String source, List<StoredDecision> all) {
        if (all.isEmpty()) {
            return;
        }
        jdbc.sql("""
                insert into match_decision (id, region_code, source, source_ref, subject, outcome, score, decision,
                                            candidates, person_id, decided_at)
                select d.id, :region, :source, d.ref, cast(d.subject as jsonb), d.outcome, d.score,
                       cast(d.decision as jsonb), cast(d.candidates as jsonb), d.person, d.at
                from unnest(cast(:ids as uuid[]), cast(:refs as text[]), cast(:subjects as text[]),
                            cast(:outcomes as text[]), cast(:scores as float8[]), cast(:decisions as text[]),
                            cast(:candidates as text[]), cast(:persons as uuid[]), cast(:ats as timestamptz[]))
                     as d (id, ref, subject, outcome, score, decision, candidates, person, at)
                """)
                .param("region", region)
                .param("source", source)
                .param("ids", all.stream().map(StoredDecision::id).toArray(UUID[]::new))
                .param("refs", all.stream().map(StoredDecision::sourceRef).toArray(String[]::new))
                .param(
                        "subjects",
                        all.stream()
                                .map(d -> json.writeValueAsString(d.subject()))
                                .toArray(String[]::new))
                .param("outcomes", all.stream().map(d -> d.status().name()).toArray(String[]::new))
                .param("scores", all.stream().map(d -> d.decision().score()).toArray(Double[]::new))
                .param(
                        "decisions",
                        all.stream()
                                .map(d -> json.writeValueAsString(d.decision()))
                                .toArray(String[]::new))
                .param(
                        "candidates",
                        all.stream()
                                .map(d -> json.writeValueAsString(d.candidates()))
                                .toArray(String[]::new))
                .param("persons", all.stream().map(StoredDecision::personId).toArray(UUID[]::new))
                .param(
                        "ats",
                        all.stream().map(d -> Timestamp.from(d.decidedAt())).toArray(Timestamp[]::new))
                .update();
    }

    Optional<StoredDecision> find(UUID id) {
        return jdbc.sql(SELECT + " where id = :id")
                .param("id", id)
                .query(this::map)
                .optional();
    }

    Optional<StoredDecision> findBySource(String source, String sourceRef) {
        return jdbc.sql(SELECT + " where source = :source and source_ref = :ref")
                .param("source", source)
                .param("ref", sourceRef)
                .query(this::map)
                .optional();
    }

    /** The decisions stored under any of these references of the source, by reference. */
    Map<String, StoredDecision> findBySources(String source, Collection<String> sourceRefs) {
        if (sourceRefs.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql(SELECT + " where source = :source and source_ref = any(:refs)")
                .param("source", source)
                .param("refs", sourceRefs.toArray(String[]::new))
                .query(this::map)
                .list()
                .stream()
                .collect(Collectors.toMap(StoredDecision::sourceRef, Function.identity()));
    }

    List<StoredDecision> pending(String region, int limit) {
        return jdbc.sql(SELECT
                        + " where region_code = :region and outcome = 'NEEDS_REVIEW' order by decided_at limit :limit")
                .param("region", region)
                .param("limit", limit)
                .query(this::map)
                .list();
    }

    long countPending(String region) {
        return jdbc.sql("select count(*) from match_decision where region_code = :region and outcome = 'NEEDS_REVIEW'")
                .param("region", region)
                .query(Long.class)
                .single();
    }

    void resolve(UUID id, LinkStatus status, UUID personId, String reviewer, Instant at, int expectedVersion) {
        int updated = jdbc.sql("""
                update match_decision
                set outcome = :outcome, person_id = :person, reviewed_by = :reviewer, reviewed_at = :at,
                    version = version + 1
                where id = :id and version = :version and outcome = 'NEEDS_REVIEW'
                """)
                .param("id", id)
                .param("outcome", status == LinkStatus.NEW_PERSON ? "REJECTED" : status.name())
                .param("person", personId)
                .param("reviewer", reviewer)
                .param("at", Timestamp.from(at))
                .param("version", expectedVersion)
                .update();
        if (updated == 0) {
            throw new ConcurrentChangeException("MATCH_DECISION", id);
        }
    }

    private static final String SELECT = "select id, region_code, source, source_ref, subject::text as subject,"
            + " outcome, decision::text as decision, candidates::text as candidates, person_id, decided_at,"
            + " reviewed_by, version from match_decision";

    private StoredDecision map(java.sql.ResultSet rows, int rowNum) throws java.sql.SQLException {
        String outcome = rows.getString("outcome");
        return new StoredDecision(
                rows.getObject("id", UUID.class),
                rows.getString("region_code"),
                rows.getString("source"),
                rows.getString("source_ref"),
                json.readValue(rows.getString("subject"), Subject.class),
                // A screener's rejection made a new person; the row keeps the word REJECTED for learning.
                outcome.equals("REJECTED") ? LinkStatus.NEW_PERSON : LinkStatus.valueOf(outcome),
                json.readValue(rows.getString("decision"), MatchDecision.class),
                List.of(json.readValue(rows.getString("candidates"), StoredCandidate[].class)),
                rows.getObject("person_id", UUID.class),
                rows.getTimestamp("decided_at").toInstant(),
                rows.getString("reviewed_by"),
                rows.getInt("version"));
    }
}
