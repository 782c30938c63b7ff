package ru.rodnik.directory.internal;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An agency system's access to the API: one token, shown once, stored as a hash, revocable. */
public record ApiClient(
        UUID id,
        UUID organisationId,
        String name,
        String tokenHint,
        boolean demo,
        Instant createdAt,
        String createdBy,
        @Nullable Instant revokedAt,
        @Nullable String revokedBy,
        @Nullable Instant lastUsedAt) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
