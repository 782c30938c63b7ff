package ru.rodnik.registry.internal;

import java.util.List;
import java.util.Objects;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.rodnik.platform.CurrentActor;
import ru.rodnik.platform.NotFoundException;
import ru.rodnik.registry.Person;
import ru.rodnik.registry.PersonId;
import ru.rodnik.registry.PersonSearchHit;
import ru.rodnik.registry.Registry;

/** Screeners and supervisors of a region merge duplicate persons of that region, and undo merges. */
@Service
@PreAuthorize("hasAnyRole('SCREENER', 'SUPERVISOR')")
class DuplicateMerging {

    private final Registry registry;
    private final CurrentActor actor;

    DuplicateMerging(Registry registry, CurrentActor actor) {
        this.registry = registry;
        this.actor = actor;
    }

    /** Other current persons close enough in name and birth date to be the same human being. */
    @Transactional
    List<PersonSearchHit> possibleDuplicates(Person person) {
        if (person.mergedInto() != null) {
            return List.of();
        }
        return registry
                .search(person.regionCode(), person.lastName() + " " + person.firstName(), person.birthDate(), 6)
                .stream()
                .filter(hit -> !hit.person().id().equals(person.id()))
                .filter(hit -> hit.score() > 1.0)
                .toList();
    }

    @Transactional
    void merge(PersonId survivor, PersonId duplicate) {
        ownRegion(survivor);
        ownRegion(duplicate);
        registry.merge(survivor, duplicate);
    }

    @Transactional
    void unmerge(PersonId duplicate) {
        ownRegion(duplicate);
        registry.unmerge(duplicate);
    }

    private void ownRegion(PersonId id) {
        String region = Objects.requireNonNull(actor.get().regionCode());
        registry.person(id)
                .filter(person -> person.regionCode().equals(region))
                .orElseThrow(() -> new NotFoundException(RegistryService.PERSON, id));
    }
}
