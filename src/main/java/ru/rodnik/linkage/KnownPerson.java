package ru.rodnik.linkage;

import java.util.List;
import org.jspecify.annotations.Nullable;
import ru.rodnik.registry.PersonDetails;

/**
 * A person a region already knows from an earlier system, with where they live and whom they live with. The
 * household is what lets a later report that names a child together with its mother find that child more surely.
 *
 * @param household the other members of the person's family as the earlier system describes them (not the person
 *     itself); empty when unknown
 */
public record KnownPerson(
        PersonDetails details,
        @Nullable String territoryCode,
        @Nullable String addressText,
        List<PersonDetails> household) {

    public KnownPerson {
        household = List.copyOf(household);
    }
}
