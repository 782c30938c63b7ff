package ru.rodnik.linkage;

import java.util.List;
import ru.rodnik.registry.PersonId;

/**
 * Takes over the persons of a region's earlier registry, so that the first reports about them are linked rather
 * than registered as new people.
 */
public interface KnownPersonRegistration {

    /**
     * Registers the persons in the registry ({@link ru.rodnik.registry.Registry#registerAll}) and files them for
     * linkage, all in one transaction. The persons are not matched against each other or against the registry: an
     * earlier system is trusted to hold each human being once. Feed a large registry in slices of some thousands of
     * persons, one call each.
     *
     * @return the new persons' ids, in the order of {@code people}
     * @throws ru.rodnik.platform.InvalidInputException naming {@code people[i].field} when any person's details are
     *     invalid; nothing is stored then
     */
    List<PersonId> registerKnown(String regionCode, List<KnownPerson> people);
}
