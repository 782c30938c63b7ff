package ru.rodnik.directory.internal;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import ru.rodnik.platform.Role;

/** A person who signs in to Rodnik: belongs to one organisation and holds one or more roles. */
public record UserAccount(
        UUID id,
        String username,
        String displayName,
        UUID organisationId,
        boolean enabled,
        int failedLogins,
        @Nullable Instant lockedUntil,
        boolean demo,
        Set<Role> roles,
        int version) {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
