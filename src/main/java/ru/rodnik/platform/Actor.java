package ru.rodnik.platform;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Whoever acts in the current request: a user, an API client, the system itself, or nobody yet. */
public record Actor(
        String name,
        Kind kind,
        @Nullable UUID organisationId,
        @Nullable String territoryCode,
        @Nullable String regionCode,
        Set<Role> roles) {

    public enum Kind {
        USER,
        API_CLIENT,
        SYSTEM,
        ANONYMOUS
    }

    public static Actor system() {
        return new Actor("system", Kind.SYSTEM, null, null, null, Set.of());
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
