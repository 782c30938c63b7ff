package ru.rodnik.casework;

import java.util.Optional;
import java.util.UUID;
import ru.rodnik.registry.FamilyId;

/** Opens cases from signals and attaches later signals to them. Callers check who may decide; this keeps the rules. */
public interface Cases {

    /**
     * Opens a case for the family because of the signal.
     *
     * @throws ru.rodnik.platform.InvalidInputException naming {@code decision} when the family already has an open
     *     case: the signal is then attached to it instead
     */
    Case open(String regionCode, FamilyId family, UUID organisationId, UUID signalId);

    /** Adds the signal to the family's open case. */
    Case attach(CaseId id, UUID signalId);

    Optional<Case> openCaseOf(String regionCode, FamilyId family);

    Optional<Case> find(CaseId id);
}
