package ru.rodnik.linkage.internal;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ru.rodnik.linkage.LinkStatus;
import ru.rodnik.linkage.MatchDecision;
import ru.rodnik.linkage.MatchEvidence;
import ru.rodnik.linkage.MatchOutcome;
import ru.rodnik.linkage.Subject;
import ru.rodnik.platform.ConcurrentChangeException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every decision with the subject as described and the ranked candidates, for the review queue and for learning.
 *
 * <p>Decisions are stored compactly (V14): the evidence as one line {@code FEATURE:LEVEL:weight,…} in feature order
 * instead of an object per feature, and a candidate without the thresholds, which are the decision's. A decision is
 * written for every subject of every signal, so its size is much of what linking costs the database; what a screener
 * sees is unchanged.
 */
@Repository
class MatchDecisionRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final JsonMapper json;

    MatchDecisionRepository(JdbcClient jdbc, JdbcTemplate template, JsonMapper json) {
        this.jdbc = jdbc;
        this.template = template;
        this.json = json;
    }

    /** A ranked candidate as stored: the person and the decision the engine made about it. */
    record StoredCandidate(UUID personId, MatchDecision decision) {}

    /** A decision as its {@code jsonb} document holds it. */
    record DecisionDocument(
            MatchOutcome outcome, double score, double lower, double upper, String evidence, List<String> rules) {}

    /** A candidate as its element of the {@code candidates} array holds it; the thresholds are the decision's. */
    record CandidateDocument(UUID personId, MatchOutcome outcome, double score, String evidence, List<String> rules) {}

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
        insertAll(List.of(decision));
    }

    /**
     * Many decisions, as one JDBC batch: a round trip for all of them. (One statement over arrays of every column
     * cost more: the JSON documents had to be escaped into, and parsed out of, array literals.)
     */
    void insertAll(List<StoredDecision> all) {
        if (all.isEmpty()) {
            return;
        }
        template.batchUpdate(
                """
                insert into match_decision (id, region_code, source, source_ref, subject, outcome, score, decision,
                                            candidates, person_id, decided_at)
                values (?, ?, ?, ?, cast(? as jsonb), ?, ?, cast(? as jsonb), cast(? as jsonb), ?, ?)
                """,
                all.stream()
                        .map(decision -> new Object[] {
                            decision.id(),
                            decision.region(),
                            decision.source(),
                            decision.sourceRef(),
                            json.writeValueAsString(decision.subject()),
                            decision.status().name(),
                            decision.decision().score(),
                            decisionJson(decision.decision()),
                            candidatesJson(decision.candidates()),
                            decision.personId(),
                            Timestamp.from(decision.decidedAt())
                        })
                        .toList(),
                COLUMN_TYPES);
    }

    /** The SQL types of the columns {@link #insertAll} writes, so that a null needs no look-up of its type. */
    private static final int[] COLUMN_TYPES = {
        Types.OTHER,
        Types.VARCHAR,
        Types.VARCHAR,
        Types.VARCHAR,
        Types.VARCHAR,
        Types.VARCHAR,
        Types.DOUBLE,
        Types.VARCHAR,
        Types.VARCHAR,
        Types.OTHER,
        Types.TIMESTAMP
    };

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

    /**
     * The decision's document, written directly: it holds only enum names, numbers and the evidence line, and this is
     * written for every subject linked, where a general JSON writer costs more than the rest of the statement.
     */
    static String decisionJson(MatchDecision decision) {
        StringBuilder out = new StringBuilder(256);
        out.append("{\"outcome\":");
        quoted(out, decision.outcome().name());
        out.append(",\"score\":").append(decision.score());
        out.append(",\"lower\":").append(decision.lowerThreshold());
        out.append(",\"upper\":").append(decision.upperThreshold());
        out.append(",\"evidence\":");
        quoted(out, evidenceLine(decision.evidence()));
        rules(out, decision.rules());
        return out.append('}').toString();
    }

    /** The candidates' document, as {@link #decisionJson} for each, without the thresholds. */
    static String candidatesJson(List<StoredCandidate> candidates) {
        StringBuilder out = new StringBuilder(200 * candidates.size() + 2);
        out.append('[');
        for (StoredCandidate candidate : candidates) {
            if (out.length() > 1) {
                out.append(',');
            }
            MatchDecision decision = candidate.decision();
            out.append("{\"personId\":\"").append(candidate.personId()).append('"');
            out.append(",\"outcome\":");
            quoted(out, decision.outcome().name());
            out.append(",\"score\":").append(decision.score());
            out.append(",\"evidence\":");
            quoted(out, evidenceLine(decision.evidence()));
            rules(out, decision.rules());
            out.append('}');
        }
        return out.append(']').toString();
    }

    private static void rules(StringBuilder out, List<String> rules) {
        out.append(",\"rules\":[");
        for (int i = 0; i < rules.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            quoted(out, rules.get(i));
        }
        out.append(']');
    }

    /** A JSON string; the values written here are names and numbers, but a quote or backslash would still be safe. */
    private static void quoted(StringBuilder out, String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\');
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
                continue;
            }
            out.append(c);
        }
        out.append('"');
    }

    /** {@code SURNAME:EXACT:5.12,GIVEN_NAME:MISSING:0.0,…}: feature and level names hold neither colon nor comma. */
    static String evidenceLine(List<MatchEvidence> evidence) {
        StringBuilder line = new StringBuilder(evidence.size() * 24);
        for (MatchEvidence one : evidence) {
            if (!line.isEmpty()) {
                line.append(',');
            }
            line.append(one.feature())
                    .append(':')
                    .append(one.level())
                    .append(':')
                    .append(one.weight());
        }
        return line.toString();
    }

    static List<MatchEvidence> evidence(String line) {
        if (line.isEmpty()) {
            return List.of();
        }
        String[] lines = line.split(",");
        List<MatchEvidence> evidence = new ArrayList<>(lines.length);
        for (String one : lines) {
            String[] parts = one.split(":");
            evidence.add(new MatchEvidence(parts[0], parts[1], Double.parseDouble(parts[2])));
        }
        return evidence;
    }

    private StoredDecision map(java.sql.ResultSet rows, int rowNum) throws java.sql.SQLException {
        String outcome = rows.getString("outcome");
        DecisionDocument stored = json.readValue(rows.getString("decision"), DecisionDocument.class);
        MatchDecision decision = new MatchDecision(
                stored.outcome(),
                stored.score(),
                stored.lower(),
                stored.upper(),
                evidence(stored.evidence()),
                stored.rules());
        List<StoredCandidate> candidates = new ArrayList<>();
        for (CandidateDocument candidate : json.readValue(rows.getString("candidates"), CandidateDocument[].class)) {
            candidates.add(new StoredCandidate(
                    candidate.personId(),
                    new MatchDecision(
                            candidate.outcome(),
                            candidate.score(),
                            stored.lower(),
                            stored.upper(),
                            evidence(candidate.evidence()),
                            candidate.rules())));
        }
        return new StoredDecision(
                rows.getObject("id", UUID.class),
                rows.getString("region_code"),
                rows.getString("source"),
                rows.getString("source_ref"),
                json.readValue(rows.getString("subject"), Subject.class),
                // A screener's rejection made a new person; the row keeps the word REJECTED for learning.
                outcome.equals("REJECTED") ? LinkStatus.NEW_PERSON : LinkStatus.valueOf(outcome),
                decision,
                candidates,
                rows.getObject("person_id", UUID.class),
                rows.getTimestamp("decided_at").toInstant(),
                rows.getString("reviewed_by"),
                rows.getInt("version"));
    }
}
