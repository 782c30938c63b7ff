package ru.rodnik.linkage;

import org.jspecify.annotations.Nullable;
import ru.rodnik.registry.FamilyRole;
import ru.rodnik.registry.PersonDetails;

/** A person named in a signal, as the reporting agency described them, with where they live. */
public record Subject(
        FamilyRole role,
        PersonDetails details,
        @Nullable String territoryCode,
        @Nullable String addressText) {}
