package ru.rodnik.intake;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import ru.rodnik.directory.OrganisationKind;
import ru.rodnik.registry.FamilyId;

/**
 * A signal became part of a family's picture: at intake when its subjects were linked to (or registered as) a family,
 * or later when a screener resolved who its subjects are. Published once per signal and family; early warning scores
 * the family from these.
 *
 * @param agency the kind of the reporting organisation: signals from several kinds add up
 */
public record SignalJoinedFamily(
        UUID signalId,
        String regionCode,
        FamilyId familyId,
        UUID organisationId,
        OrganisationKind agency,
        Urgency urgency,
        Instant receivedAt,
        List<ReportedIndicator> indicators) {

    public SignalJoinedFamily {
        indicators = List.copyOf(indicators);
    }
}
