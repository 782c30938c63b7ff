package ru.rodnik.audit;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import ru.rodnik.platform.Actor;

/**
 * Records one audit event in the caller's transaction, so that a change and its audit record commit or roll back
 * together.
 */
public interface AuditLog {

    /** An action of the current request's actor (user or API client). */
    void record(AuditAction action, AuditSubject subject, @Nullable String details);

    default void record(AuditAction action, AuditSubject subject) {
        record(action, subject, null);
    }

    /** An action whose actor is not (yet) the authenticated principal, e.g. a failed login. */
    void recordAs(
            String actorName,
            Actor.Kind actorKind,
            @Nullable UUID organisationId,
            AuditAction action,
            AuditSubject subject,
            @Nullable String details);
}
