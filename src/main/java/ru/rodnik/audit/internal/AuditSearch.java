package ru.rodnik.audit.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Searches the audit log by actor, subject and period, newest first. */
@Repository
class AuditSearch {

    static final int PAGE_SIZE = 200;

    private final JdbcClient jdbc;

    AuditSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Query(
            @Nullable String actor,
            @Nullable String subjectType,
            @Nullable String subjectId,
            @Nullable LocalDate from,
            @Nullable LocalDate to) {}

    public record Entry(
            long id,
            Instant occurredAt,
            String actor,
            String actorKind,
            @Nullable String action,
            @Nullable String subjectType,
            @Nullable String subjectId,
            @Nullable String clientAddress,
            @Nullable String details) {}

    List<Entry> find(Query query, ZoneId zone) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (hasText(query.actor())) {
            where.add("lower(actor) = lower(:actor)");
            params.put("actor", query.actor().trim());
        }
        if (hasText(query.subjectType())) {
            where.add("subject_type = :subjectType");
            params.put("subjectType", query.subjectType().trim());
        }
        if (hasText(query.subjectId())) {
            where.add("subject_id = :subjectId");
            params.put("subjectId", query.subjectId().trim());
        }
        if (query.from() != null) {
            where.add("occurred_at >= :from");
            params.put("from", Timestamp.from(query.from().atStartOfDay(zone).toInstant()));
        }
        if (query.to() != null) {
            where.add("occurred_at < :to");
            params.put(
                    "to",
                    Timestamp.from(query.to().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        String sql =
                "select id, occurred_at, actor, actor_kind, action, subject_type, subject_id, client_address, details"
                        + " from audit_event"
                        + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                        + " order by occurred_at desc, id desc limit " + PAGE_SIZE;
        return jdbc.sql(sql)
                .params(params)
                .query((rows, i) -> new Entry(
                        rows.getLong("id"),
                        rows.getTimestamp("occurred_at").toInstant(),
                        rows.getString("actor"),
                        rows.getString("actor_kind"),
                        rows.getString("action"),
                        rows.getString("subject_type"),
                        rows.getString("subject_id"),
                        rows.getString("client_address"),
                        rows.getString("details")))
                .list();
    }

    private static boolean hasText(@Nullable String value) {
        return value != null && !value.isBlank();
    }
}
