package ru.rodnik.registry;

import java.util.List;

/** One person found by a search, with how well it matched and the families it belongs to. */
public record PersonSearchHit(Person person, double score, List<FamilyId> families) {

    public PersonSearchHit {
        families = List.copyOf(families);
    }
}
