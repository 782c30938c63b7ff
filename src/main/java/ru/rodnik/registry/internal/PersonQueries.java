package ru.rodnik.registry.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import ru.rodnik.platform.CurrentActor;
import ru.rodnik.platform.NotFoundException;
import ru.rodnik.registry.Family;
import ru.rodnik.registry.FamilyId;
import ru.rodnik.registry.Person;
import ru.rodnik.registry.PersonId;
import ru.rodnik.registry.PersonSearchHit;
import ru.rodnik.registry.Registry;

/**
 * Person and family look-ups for the family centre's own people and systems, scoped to the actor's region. A record
 * of another region answers "not found": its existence is not the caller's business.
 */
@Service
@PreAuthorize("hasAnyRole('SCREENER', 'SPECIALIST', 'CURATOR', 'SUPERVISOR') or hasAuthority('ORG_FAMILY_CENTRE')")
class PersonQueries {

    static final int MAX_HITS = 50;

    private final Registry registry;
    private final CurrentActor actor;

    PersonQueries(Registry registry, CurrentActor actor) {
        this.registry = registry;
        this.actor = actor;
    }

    List<PersonSearchHit> search(String text, @Nullable LocalDate birthDate, int limit) {
        return registry.search(region(), text, birthDate, Math.max(1, Math.min(limit, MAX_HITS)));
    }

    Person person(PersonId id) {
        return registry.person(id)
                .filter(person -> person.regionCode().equals(region()))
                .orElseThrow(() -> new NotFoundException(RegistryService.PERSON, id));
    }

    List<Family> familiesOf(PersonId id) {
        return registry.familiesOf(id).stream()
                .map(family -> registry.family(family).orElseThrow())
                .toList();
    }

    List<ru.rodnik.registry.Relationship> relationshipsOf(PersonId id) {
        return registry.relationshipsOf(id);
    }

    /** The records merged into this person, for undoing a merge. */
    List<Person> duplicatesOf(PersonId id) {
        return registry.duplicatesOf(id).stream()
                .map(duplicate -> registry.person(duplicate).orElseThrow())
                .toList();
    }

    Family family(FamilyId id) {
        return registry.family(id)
                .filter(family -> family.regionCode().equals(region()))
                .orElseThrow(() -> new NotFoundException(RegistryService.FAMILY, id));
    }

    private String region() {
        return Objects.requireNonNull(actor.get().regionCode(), "every user and API client belongs to a region");
    }
}
