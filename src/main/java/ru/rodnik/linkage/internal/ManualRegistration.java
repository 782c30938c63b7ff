package ru.rodnik.linkage.internal;

import java.util.List;
import java.util.Objects;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.rodnik.linkage.Linkage;
import ru.rodnik.linkage.Subject;
import ru.rodnik.linkage.SubjectLink;
import ru.rodnik.platform.CurrentActor;
import ru.rodnik.platform.FieldViolation;
import ru.rodnik.platform.InvalidInputException;
import ru.rodnik.registry.PersonDetails;
import ru.rodnik.registry.Registry;

/**
 * A person entered by hand, by a screener or a family centre's system, goes through linkage like any reported
 * subject: a person already known is found instead of being registered twice.
 */
@Service
@PreAuthorize("hasAnyRole('SCREENER', 'SUPERVISOR') or hasAuthority('ORG_FAMILY_CENTRE')")
class ManualRegistration {

    static final String SOURCE = "MANUAL";

    private final Linkage linkage;
    private final Registry registry;
    private final CurrentActor actor;

    ManualRegistration(Linkage linkage, Registry registry, CurrentActor actor) {
        this.linkage = linkage;
        this.registry = registry;
        this.actor = actor;
    }

    @Transactional
    SubjectLink register(PersonDetails details) {
        // Checked here with plain field names: a form or an API body about one person has no subjects[0].
        List<FieldViolation> violations = registry.check(details, "");
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        String region = Objects.requireNonNull(actor.get().regionCode(), "every user and client has a region");
        return linkage.link(region, List.of(new Subject(null, details, null, null)), SOURCE, null)
                .get(0);
    }
}
