package ru.rodnik.linkage.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import ru.rodnik.registry.PersonsMerged;
import ru.rodnik.registry.PersonsUnmerged;

/**
 * Keeps merged duplicates out of the candidates. This listener runs inside the merge's own transaction, not after
 * it: for a moment in between, the engine could link a new subject to a person that no longer stands on its own.
 */
@Component
class MergedPersons {

    private final LinkagePersonRepository index;

    MergedPersons(LinkagePersonRepository index) {
        this.index = index;
    }

    @EventListener
    void merged(PersonsMerged event) {
        index.setActive(event.duplicate().value(), false);
    }

    @EventListener
    void unmerged(PersonsUnmerged event) {
        index.setActive(event.duplicate().value(), true);
    }
}
