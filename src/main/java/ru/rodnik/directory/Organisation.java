package ru.rodnik.directory;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

public record Organisation(
        UUID id,
        OrganisationKind kind,
        String name,
        String shortName,
        String territoryCode,
        String regionCode,
        @Nullable String address,
        @Nullable String phone,
        @Nullable String email,
        boolean enabled,
        int version) {}
