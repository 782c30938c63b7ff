package ru.rodnik.audit;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import ru.rodnik.platform.Actor;

/**
 * Records audit events in the caller's transaction, so that a change and its audit records commit or roll back
 * together. Within a transaction they are written in one statement just before it commits; without one, at once.
 */
public interface AuditLog {

    /** An action of the current request's actor (user or API client). */
    void record(AuditAction action, AuditSubject subject, @Nullable String details);

    default void record(AuditAction action, AuditSubject subject) {
        record(action, subject, null);
    }

    /**
     * The same action of the current actor on many subjects, one event per subject: a bulk load of a region's registry
     * audits every person it creates without a round trip per person.
     */
    void recordAll(AuditAction action, List<AuditSubject> subjects, @Nullable String details);

    /** An action whose actor is not (yet) the authenticated principal, e.g. a failed login. */
    void recordAs(
            String actorName,
            Actor.Kind actorKind,
            @Nullable UUID organisationId,
            AuditAction action,
            AuditSubject subject,
            @Nullable String details);
}
