package ru.rodnik.audit.internal;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One audit event as it is stored, its time and actor taken when it was recorded. */
record AuditEventRow(
        Instant occurredAt,
        String actor,
        String actorKind,
        @Nullable UUID organisationId,
        String action,
        @Nullable String subjectType,
        @Nullable String subjectId,
        @Nullable String clientAddress,
        @Nullable String details) {}
