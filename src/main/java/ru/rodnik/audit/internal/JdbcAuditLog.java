package ru.rodnik.audit.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import ru.rodnik.audit.AuditAction;
import ru.rodnik.audit.AuditLog;
import ru.rodnik.audit.AuditSubject;
import ru.rodnik.platform.Actor;
import ru.rodnik.platform.CurrentActor;

@Service
class JdbcAuditLog implements AuditLog {

    private static final int MAX_ACTOR = 64;
    private static final int MAX_DETAILS = 500;

    private final JdbcClient jdbc;
    private final CurrentActor currentActor;
    private final Clock clock;
    /** One instance, so that a transaction's pending events are found again by it. */
    private final Consumer<List<AuditEventRow>> writer = this::write;

    JdbcAuditLog(JdbcClient jdbc, CurrentActor currentActor, Clock clock) {
        this.jdbc = jdbc;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    @Override
    public void record(AuditAction action, AuditSubject subject, @Nullable String details) {
        Actor actor = currentActor.get();
        recordAs(actor.name(), actor.kind(), actor.organisationId(), action, subject, details);
    }

    @Override
    public void recordAll(AuditAction action, List<AuditSubject> subjects, @Nullable String details) {
        if (subjects.isEmpty()) {
            return;
        }
        Actor actor = currentActor.get();
        Instant at = clock.instant();
        String address = clientAddress();
        store(subjects.stream()
                .map(subject ->
                        row(at, actor.name(), actor.kind(), actor.organisationId(), action, subject, address, details))
                .toList());
    }

    @Override
    public void recordAs(
            String actorName,
            Actor.Kind actorKind,
            @Nullable UUID organisationId,
            AuditAction action,
            AuditSubject subject,
            @Nullable String details) {
        store(List.of(
                row(clock.instant(), actorName, actorKind, organisationId, action, subject, clientAddress(), details)));
    }

    /** In the current transaction, just before it commits; at once without one. */
    private void store(List<AuditEventRow> rows) {
        PendingAuditEvents.ofCurrentTransaction(writer)
                .ifPresentOrElse(pending -> pending.add(rows), () -> write(rows));
    }

    /**
     * Writes the events in one statement: their columns come as parallel arrays that unnest row by row (times and
     * organisations as text, which the driver binds as arrays whatever their nulls).
     */
    private void write(List<AuditEventRow> rows) {
        jdbc.sql("""
                insert into audit_event (occurred_at, actor, actor_kind, organisation_id, action, subject_type,
                                         subject_id, client_address, details)
                select e.at, e.actor, e.kind, e.organisation, e.action, e.type, e.id, e.address, e.details
                from unnest(cast(:at as timestamptz[]), cast(:actor as varchar[]), cast(:kind as varchar[]),
                            cast(:organisation as uuid[]), cast(:action as varchar[]), cast(:type as varchar[]),
                            cast(:id as varchar[]), cast(:address as varchar[]), cast(:details as varchar[]))
                     with ordinality as e (at, actor, kind, organisation, action, type, id, address, details, n)
                order by e.n
                """)
                .param("at", column(rows, row -> row.occurredAt().toString(), String[]::new))
                .param("actor", column(rows, AuditEventRow::actor, String[]::new))
                .param("kind", column(rows, AuditEventRow::actorKind, String[]::new))
                .param("organisation", column(rows, row -> Objects.toString(row.organisationId(), null), String[]::new))
                .param("action", column(rows, AuditEventRow::action, String[]::new))
                .param("type", column(rows, AuditEventRow::subjectType, String[]::new))
                .param("id", column(rows, AuditEventRow::subjectId, String[]::new))
                .param("address", column(rows, AuditEventRow::clientAddress, String[]::new))
                .param("details", column(rows, AuditEventRow::details, String[]::new))
                .update();
    }

    private static <T> T[] column(
            List<AuditEventRow> rows, Function<AuditEventRow, @Nullable T> value, IntFunction<T[]> array) {
        return rows.stream().map(value).toArray(array);
    }

    private static AuditEventRow row(
            Instant at,
            String actorName,
            Actor.Kind actorKind,
            @Nullable UUID organisationId,
            AuditAction action,
            AuditSubject subject,
            @Nullable String address,
            @Nullable String details) {
        return new AuditEventRow(
                at,
                truncate(actorName, MAX_ACTOR),
                actorKind.name(),
                organisationId,
                action.name(),
                subject.type().isEmpty() ? null : subject.type(),
                subject.id(),
                address,
                details == null ? null : truncate(details, MAX_DETAILS));
    }

    private static @Nullable String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
