package ru.rodnik.audit.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
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
import ru.rodnik.platform.SqlValue;

@Service
class JdbcAuditLog implements AuditLog {

    private static final int MAX_ACTOR = 64;
    private static final int MAX_DETAILS = 500;

    private final JdbcClient jdbc;
    private final CurrentActor currentActor;
    private final Clock clock;

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
        // Only the subject differs between the events; it comes as two parallel arrays that unnest row by row.
        jdbc.sql("""
                insert into audit_event (occurred_at, actor, actor_kind, organisation_id, action, subject_type,
                                         subject_id, client_address, details)
                select :at, :actor, :kind, cast(:organisation as uuid), :action, s.type, s.id, :address, :details
                from unnest(cast(:types as varchar[]), cast(:ids as varchar[])) as s (type, id)
                """)
                .param("at", Timestamp.from(clock.instant()))
                .param("actor", truncate(actor.name(), MAX_ACTOR))
                .param("kind", actor.kind().name())
                .param("organisation", SqlValue.uuidAsText(actor.organisationId()))
                .param("action", action.name())
                .param(
                        "types",
                        subjects.stream()
                                .map(subject -> subject.type().isEmpty() ? null : subject.type())
                                .toArray(String[]::new))
                .param("ids", subjects.stream().map(AuditSubject::id).toArray(String[]::new))
                .param("address", SqlValue.text(clientAddress()))
                .param("details", SqlValue.text(details == null ? null : truncate(details, MAX_DETAILS)))
                .update();
    }

    @Override
    public void recordAs(
            String actorName,
            Actor.Kind actorKind,
            @Nullable UUID organisationId,
            AuditAction action,
            AuditSubject subject,
            @Nullable String details) {
        jdbc.sql("""
                insert into audit_event (occurred_at, actor, actor_kind, organisation_id, action, subject_type,
                                         subject_id, client_address, details)
                values (:at, :actor, :kind, cast(:organisation as uuid), :action, :subjectType, :subjectId, :address,
                        :details)
                """)
                .param("at", Timestamp.from(clock.instant()))
                .param("actor", truncate(actorName, MAX_ACTOR))
                .param("kind", actorKind.name())
                .param("organisation", SqlValue.uuidAsText(organisationId))
                .param("action", action.name())
                .param("subjectType", SqlValue.text(subject.type().isEmpty() ? null : subject.type()))
                .param("subjectId", subject.id())
                .param("address", SqlValue.text(clientAddress()))
                .param("details", SqlValue.text(details == null ? null : truncate(details, MAX_DETAILS)))
                .update();
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
