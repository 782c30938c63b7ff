package ru.rodnik.intake.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import ru.rodnik.directory.Directory;
import ru.rodnik.directory.Organisation;
import ru.rodnik.directory.OrganisationKind;
import ru.rodnik.intake.ReportedIndicator;
import ru.rodnik.intake.SignalJoinedFamily;
import ru.rodnik.linkage.LinkStatus;
import ru.rodnik.registry.FamilyId;
import ru.rodnik.registry.FamilyRole;
import ru.rodnik.registry.PersonId;
import ru.rodnik.registry.Registry;

/**
 * Makes a signal part of a family's picture once its subjects are known persons. The family is the one a child of
 * the signal lives in, else an adult's; when none of them has a family yet, one is registered at the signal's
 * address. Persons of the signal who belong to no family join it with the role they were reported in; persons who
 * live in another family stay there (a father living apart is not moved). Subjects still waiting for review are
 * left out until a screener says who they are, and while none of the known ones has a family, no family is registered
 * before the review: the signal joins at most one family, once.
 */
@Component
class FamilyJoining {

    private final SignalRepository signals;
    private final Registry registry;
    private final Directory directory;
    private final IndicatorCatalogue catalogue;
    private final ApplicationEventPublisher events;

    FamilyJoining(
            SignalRepository signals,
            Registry registry,
            Directory directory,
            IndicatorCatalogue catalogue,
            ApplicationEventPublisher events) {
        this.signals = signals;
        this.registry = registry;
        this.directory = directory;
        this.catalogue = catalogue;
        this.events = events;
    }

    /**
     * Places a signal that is not stored yet, whose subjects linkage has just linked: finds or registers its family and
     * adds the subjects who belong to no family as its members, so that the signal and its subjects are written once,
     * with their families. Runs in the caller's transaction; {@link #announce} tells early warning once the signal is
     * written.
     *
     * @return the signal with its family and each placed subject's, or as it was when it joins no family yet
     */
    Signal place(Signal signal) {
        return placement(signal, true)
                .map(placement -> signal.joined(placement.family().value(), placement.subjects()))
                .orElse(signal);
    }

    /** Tells early warning that a signal just written joined its family. */
    void announce(Signal signal) {
        UUID family = signal.screening().familyId();
        if (family != null) {
            events.publishEvent(joined(signal, new FamilyId(family)));
        }
    }

    /**
     * Joins a stored signal to its family if it has none yet and any subject is a known person, and places the
     * subjects resolved since; runs in the caller's transaction.
     *
     * @return the signal as it is now stored: its family and each placed subject's
     */
    Signal join(Signal signal) {
        Optional<Placement> found = placement(signal, false);
        if (found.isEmpty()) {
            return signal;
        }
        Placement placement = found.get();
        placement.subjects().forEach((position, family) -> signals.setSubjectFamily(signal, position, family));
        Signal joined = signal.joined(placement.family().value(), placement.subjects());
        if (signal.screening().familyId() == null) {
            signals.setFamily(signal, placement.family().value());
            announce(joined);
        }
        return joined;
    }

    /** The signal's family and the families of the subjects placed now, by position. */
    private record Placement(FamilyId family, Map<Integer, UUID> subjects) {}

    private Optional<Placement> placement(Signal signal, boolean linkedNow) {
        List<Placed> placed = new ArrayList<>();
        for (Signal.LinkedSubject subject : signal.subjects()) {
            if (subject.personId() == null || subject.familyId() != null) {
                continue;
            }
            if (linkedNow && subject.match() == LinkStatus.NEW_PERSON) {
                // Registered by linkage in this very transaction: no family has it and nobody was merged into it yet.
                placed.add(new Placed(subject, new PersonId(subject.personId()), List.of()));
            } else {
                PersonId person = registry.current(new PersonId(subject.personId()));
                placed.add(new Placed(subject, person, registry.familiesOf(person)));
            }
        }
        UUID known = signal.screening().familyId();
        if (placed.isEmpty()) {
            return Optional.empty();
        }
        boolean awaitingReview = signal.subjects().stream().anyMatch(subject -> subject.personId() == null);
        if (known == null
                && awaitingReview
                && placed.stream().allMatch(one -> one.families().isEmpty())) {
            // Whoever waits for review may be the one who leads to the family: a new family now could be a duplicate.
            return Optional.empty();
        }
        FamilyId family = Optional.ofNullable(known)
                .map(FamilyId::new)
                .or(() -> familyOf(placed, FamilyRole.CHILD))
                .or(() -> familyOf(placed, null))
                .orElseGet(() -> registry.registerFamily(
                        signal.regionCode(),
                        signal.report().territoryCode(),
                        signal.report().addressText()));
        Map<Integer, UUID> placedIn = new HashMap<>();
        for (Placed one : placed) {
            FamilyId own = one.families().isEmpty() || one.families().contains(family)
                    ? family
                    : one.families().get(0);
            if (one.families().isEmpty()) {
                registry.addMember(family, one.person(), one.subject().role(), null);
            }
            placedIn.put(one.subject().position(), own.value());
        }
        return Optional.of(new Placement(family, placedIn));
    }

    private record Placed(Signal.LinkedSubject subject, PersonId person, List<FamilyId> families) {}

    private static Optional<FamilyId> familyOf(List<Placed> placed, @Nullable FamilyRole role) {
        return placed.stream()
                .filter(one -> role == null || one.subject().role() == role)
                .flatMap(one -> one.families().stream())
                .findFirst();
    }

    private SignalJoinedFamily joined(Signal signal, FamilyId family) {
        OrganisationKind agency = directory
                .organisation(signal.organisationId())
                .map(Organisation::kind)
                .orElseThrow(() -> new IllegalStateException("a signal's organisation is in the directory"));
        List<ReportedIndicator> indicators = signal.indicators().stream()
                .map(code -> catalogue
                        .find(code)
                        .map(i -> new ReportedIndicator(
                                i.code(), i.group().name(), i.weight(), i.immediate(), i.labelRu(), i.labelEn()))
                        .orElseThrow(() -> new IllegalStateException("a stored indicator is in the catalogue")))
                .toList();
        return new SignalJoinedFamily(
                signal.id(),
                signal.regionCode(),
                family,
                signal.organisationId(),
                agency,
                signal.urgency(),
                signal.receivedAt(),
                indicators);
    }

    /** A screener resolved a subject of some signal: the signal may now join its family. */
    void resolved(UUID signalId) {
        signals.find(signalId).ifPresent(this::join);
    }
}
