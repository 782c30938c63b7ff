package ru.rodnik.casework;

import java.time.Instant;
import java.util.UUID;
import ru.rodnik.registry.FamilyId;

/**
 * A case (случай) as other modules see it.
 *
 * @param number the case's number in its region, as people quote it (e.g. {@code 2026-000042})
 * @param organisationId the family centre that works the case
 */
public record Case(
        CaseId id,
        String regionCode,
        String number,
        FamilyId family,
        CaseStatus status,
        UUID organisationId,
        Instant openedAt,
        String openedBy) {}
