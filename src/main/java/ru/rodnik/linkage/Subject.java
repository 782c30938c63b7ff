package ru.rodnik.linkage;

import org.jspecify.annotations.Nullable;
import ru.rodnik.registry.FamilyRole;
import ru.rodnik.registry.PersonDetails;

/**
 * A person named in a report, as the reporting agency described them, with where they live. The role is null when
 * the person was entered on their own (a screener registering someone), not as a member of a family.
 */
public record Subject(
        @Nullable FamilyRole role,
        PersonDetails details,
        @Nullable String territoryCode,
        @Nullable String addressText) {}
