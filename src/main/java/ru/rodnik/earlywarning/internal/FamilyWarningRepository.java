package ru.rodnik.earlywarning.internal;

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
import ru.rodnik.earlywarning.Explanation;
import ru.rodnik.platform.AsynchronousCommit;
import ru.rodnik.platform.TransactionLock;
import ru.rodnik.registry.FamilyId;
import tools.jackson.databind.json.JsonMapper;

/** Each family's current score and the history of its changes, with their explanations as JSON. */
@Repository
class FamilyWarningRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    FamilyWarningRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A family's score as last computed. */
    record Current(
            FamilyId familyId,
            String regionCode,
            double score,
            boolean flagged,
            @Nullable Instant flaggedSince,
            Instant computedAt,
            Explanation explanation) {}

    /** One stored change of a family's score. */
    record HistoryPoint(
            Instant computedAt,
            double score,
            boolean flagged,
            @Nullable UUID triggerSignal,
            Explanation explanation) {}

    /**
     * Serialises work on one family across transactions and nodes, so that two signals scored at once both end up in
     * the stored score. Held until the transaction ends.
     */
    void lock(FamilyId family) {
        TransactionLock.hold(jdbc, "earlywarning:" + family.value());
    }

    /**
     * Lets this transaction's commit return without waiting for its WAL to reach the disk. Only for a listener's
     * transaction: its event publication stays incomplete until a later commit, and a crash that loses this one leaves
     * the publication incomplete, so it is delivered again (scoring a signal twice changes nothing).
     */
    void commitWithoutWaitingForTheDisk() {
        AsynchronousCommit.request(jdbc);
    }

    Optional<Current> current(FamilyId family) {
        return jdbc.sql(CURRENT + " where family_id = :family")
                .param("family", family.value())
                .query((rs, n) -> current(rs))
                .optional();
    }

    /** Whether the family's stored score flags it; a family never scored is not flagged. */
    boolean flagged(FamilyId family) {
        return jdbc.sql("select flagged from family_warning where family_id = :family")
                .param("family", family.value())
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    /**
     * Stores the family's new score and, with {@code addHistory}, adds it to the family's history as well, caused by
     * the trigger signal (none when only time changed it).
     */
    void save(
            FamilyId family,
            String regionCode,
            Explanation explanation,
            Instant lastSignalAt,
            boolean addHistory,
            @Nullable UUID triggerSignal) {
        jdbc.sql("""
                        insert into family_warning (family_id, region_code, score, flagged, flagged_since, computed_at,
                                                    last_signal_at, explanation)
                        values (:family, :region, :score, :flagged, cast(:flaggedSince as timestamptz), :at,
                                :lastSignal, cast(:explanation as jsonb))
                        on conflict (family_id) do update
                           set score = excluded.score,
                               flagged = excluded.flagged,
                               flagged_since = case when not excluded.flagged then null
                                                    else coalesce(family_warning.flagged_since, excluded.computed_at)
                                               end,
                               computed_at = excluded.computed_at,
                               last_signal_at = excluded.last_signal_at,
                               explanation = excluded.explanation
                        """)
                .param("family", family.value())
                .param("region", regionCode)
                .param("score", explanation.score())
                .param("flagged", explanation.flagged())
                .param("at", Timestamp.from(explanation.at()))
                .param("flaggedSince", explanation.flagged() ? Timestamp.from(explanation.at()) : null)
                .param("lastSignal", Timestamp.from(lastSignalAt))
                .param("explanation", json.writeValueAsString(explanation))
                .update();
        if (!addHistory) {
            return;
        }
        // Copied from the row just stored rather than sent again: the explanation (3–5 kB of JSON on average) is then
        // parsed and compressed once, and the history keeps the stored row's compressed value as it is. Parsing and
        // compressing such a document again costs the server about 0.1 ms; copying it, a fifth of that.
        jdbc.sql("""
                        insert into family_warning_history (family_id, region_code, computed_at, score, flagged,
                                                            trigger_signal, explanation)
                        select family_id, region_code, computed_at, score, flagged, cast(:trigger as uuid), explanation
                        from family_warning
                        where family_id = :family
                        """)
                .param("family", family.value())
                .param("trigger", triggerSignal)
                .update();
    }

    /** The family's stored changes, newest first. */
    List<HistoryPoint> history(FamilyId family, int limit) {
        return jdbc.sql("""
                        select computed_at, score, flagged, trigger_signal, explanation
                        from family_warning_history
                        where family_id = :family
                        order by computed_at desc, id desc
                        limit :limit
                        """)
                .param("family", family.value())
                .param("limit", limit)
                .query((rs, n) -> new HistoryPoint(
                        rs.getTimestamp("computed_at").toInstant(),
                        rs.getDouble("score"),
                        rs.getBoolean("flagged"),
                        rs.getObject("trigger_signal", UUID.class),
                        json.readValue(rs.getString("explanation"), Explanation.class)))
                .list();
    }

    Optional<HistoryPoint> lastChange(FamilyId family) {
        return history(family, 1).stream().findFirst();
    }

    /** The region's flagged families, highest score first. */
    List<Current> flagged(String regionCode, int limit) {
        return jdbc.sql(CURRENT
                        + " where region_code = :region and flagged order by score desc, family_id limit :limit")
                .param("region", regionCode)
                .param("limit", limit)
                .query((rs, n) -> current(rs))
                .list();
    }

    long countFlagged(String regionCode) {
        return jdbc.sql("select count(*) from family_warning where region_code = :region and flagged")
                .param("region", regionCode)
                .query(Long.class)
                .single();
    }

    /** Flagged families of the region computed before {@code before}: their scores may have fallen since. */
    List<FamilyId> flaggedComputedBefore(String regionCode, Instant before) {
        return jdbc.sql("""
                        select family_id from family_warning
                        where region_code = :region and flagged and computed_at < :before
                        """)
                .param("region", regionCode)
                .param("before", Timestamp.from(before))
                .query((rs, n) -> new FamilyId(rs.getObject(1, UUID.class)))
                .list();
    }

    /**
     * Families of any region whose score is still above zero (or flagged) and was computed before {@code before}, in
     * id order after {@code after}: one batch of the daily recomputation.
     */
    List<FamilyId> decayingComputedBefore(Instant before, @Nullable UUID after, int limit) {
        return jdbc.sql("""
                        select family_id from family_warning
                        where (score > 0 or flagged) and computed_at < :before
                          and (cast(:after as uuid) is null or family_id > cast(:after as uuid))
                        order by family_id
                        limit :limit
                        """)
                .param("before", Timestamp.from(before))
                .param("after", after)
                .param("limit", limit)
                .query((rs, n) -> new FamilyId(rs.getObject(1, UUID.class)))
                .list();
    }

    /** A region's families with a score to change, in pages ordered by family, after {@code after}. */
    List<FamilyId> scoredIn(String regionCode, @Nullable UUID after, int limit) {
        return jdbc.sql("""
                        select family_id from family_warning
                        where region_code = :region and (score > 0 or flagged)
                          and (cast(:after as uuid) is null or family_id > cast(:after as uuid))
                        order by family_id
                        limit :limit
                        """)
                .param("region", regionCode)
                .param("after", after)
                .param("limit", limit)
                .query((rs, n) -> new FamilyId(rs.getObject(1, UUID.class)))
                .list();
    }

    private static final String CURRENT = """
            select family_id, region_code, score, flagged, flagged_since, computed_at, explanation
            from family_warning
            """;

    private Current current(ResultSet rs) throws SQLException {
        Timestamp flaggedSince = rs.getTimestamp("flagged_since");
        return new Current(
                new FamilyId(rs.getObject("family_id", UUID.class)),
                rs.getString("region_code"),
                rs.getDouble("score"),
                rs.getBoolean("flagged"),
                flaggedSince == null ? null : flaggedSince.toInstant(),
                rs.getTimestamp("computed_at").toInstant(),
                json.readValue(rs.getString("explanation"), Explanation.class));
    }
}
