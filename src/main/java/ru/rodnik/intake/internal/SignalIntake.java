package ru.rodnik.intake.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.rodnik.audit.AuditAction;
import ru.rodnik.audit.AuditLog;
import ru.rodnik.audit.AuditSubject;
import ru.rodnik.directory.Directory;
import ru.rodnik.directory.Organisation;
import ru.rodnik.directory.OrganisationKind;
import ru.rodnik.intake.SignalReceived;
import ru.rodnik.linkage.Linkage;
import ru.rodnik.linkage.Subject;
import ru.rodnik.linkage.SubjectLink;
import ru.rodnik.platform.Actor;
import ru.rodnik.platform.CurrentActor;
import ru.rodnik.platform.NotFoundException;
import ru.rodnik.platform.Uuids;

/**
 * Receives signals from partner organisations (their API tokens and their REPORTER users) and shows them back: to the reporting organisation its own signal
 * without the family, to the family centre of the signal's region the signal with its linked subjects.
 */
@Service
@PreAuthorize("hasAnyAuthority('ROLE_API_CLIENT', 'ROLE_REPORTER')")
class SignalIntake {

    static final String LINKAGE_SOURCE = "SIGNAL";
    static final String AUDIT_TYPE = "SIGNAL";
    static final int MINE = 200;

    private final SignalChecks checks;
    private final SignalRepository signals;
    private final ScreeningDeadlines deadlines;
    private final FamilyJoining families;
    private final IndicatorCatalogue catalogue;
    private final Linkage linkage;
    private final Directory directory;
    private final AuditLog audit;
    private final CurrentActor actors;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SignalIntake(
            SignalChecks checks,
            SignalRepository signals,
            ScreeningDeadlines deadlines,
            FamilyJoining families,
            IndicatorCatalogue catalogue,
            Linkage linkage,
            Directory directory,
            AuditLog audit,
            CurrentActor actors,
            ApplicationEventPublisher events,
            Clock clock) {
        this.checks = checks;
        this.signals = signals;
        this.deadlines = deadlines;
        this.families = families;
        this.catalogue = catalogue;
        this.linkage = linkage;
        this.directory = directory;
        this.audit = audit;
        this.actors = actors;
        this.events = events;
        this.clock = clock;
    }

    /** The stored signal, and whether this call created it or found it under its idempotency key. */
    record Intake(Signal signal, boolean created) {}

    /** What a caller may see of a signal; subjects only when the caller may see the family. */
    record Visible(Signal signal, boolean withSubjects) {}

    /**
     * Stores the signal and links its subjects in one transaction, which commits before the caller answers. The
     * idempotency key is the {@code Idempotency-Key} header, else the body's {@code externalId}; a known key
     * returns the signal stored first, whatever the new body says.
     */
    @Transactional
    Intake receive(SignalReport report, @Nullable String idempotencyHeader) {
        Actor actor = actors.get();
        UUID organisation = Objects.requireNonNull(actor.organisationId(), "every API client has an organisation");
        String region = Objects.requireNonNull(actor.regionCode(), "every API client has a region");
        String key = keyOf(idempotencyHeader, report.externalId());
        if (key != null) {
            // Retries of one key, on any node, queue here until the first commits: then they find its signal.
            signals.lockKey(organisation, key);
            Optional<Signal> earlier = signals.findByKey(organisation, key);
            if (earlier.isPresent()) {
                return new Intake(earlier.get(), false);
            }
        }
        SignalChecks.CheckedSignal checked = checks.check(report, idempotencyHeader, region);
        UUID id = Uuids.timeOrdered();
        // The database keeps microseconds: the answer now must say what a later read of the signal says.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var contact = report.contact();
        SignalRepository.NewSignal signal = new SignalRepository.NewSignal(
                id,
                region,
                organisation,
                actor.name(),
                key,
                blankToNull(report.externalId()),
                checked.reportedUrgency(),
                checked.urgency(),
                catalogue.version(),
                blankToNull(report.description()),
                checked.territoryCode(),
                checked.addressText(),
                contact == null ? null : blankToNull(contact.name()),
                contact == null ? null : blankToNull(contact.phone()),
                now,
                directory
                        .familyCentreFor(region, checked.territoryCode())
                        .map(Organisation::id)
                        .orElse(null),
                deadlines.dueAt(region, checked.urgency(), now));
        List<Subject> subjects = checked.subjects();
        List<SubjectLink> links = linkage.link(region, subjects, LINKAGE_SOURCE, id.toString());
        List<Signal.LinkedSubject> linked = new ArrayList<>();
        for (int i = 0; i < subjects.size(); i++) {
            SubjectLink link = links.get(i);
            linked.add(new Signal.LinkedSubject(
                    i,
                    Objects.requireNonNull(subjects.get(i).role(), "checked"),
                    subjects.get(i).details(),
                    link.decisionId(),
                    link.status(),
                    link.person() == null ? null : link.person().value(),
                    null));
        }
        // The family is known before the signal is written: each of its rows is written once, never updated after.
        // What was just written is known here too, so nothing is read back.
        Signal placed = families.place(signal.stored(checked.indicators(), linked));
        signals.insert(signal, placed.screening().familyId());
        signals.addIndicators(id, region, catalogue.version(), checked.indicators());
        for (Signal.LinkedSubject subject : placed.subjects()) {
            signals.addSubject(id, region, subject);
        }
        // Counts only: the audit log never holds what was reported about a family.
        audit.record(
                AuditAction.CREATE,
                AuditSubject.of(AUDIT_TYPE, id),
                "urgency " + checked.urgency() + ", indicators "
                        + checked.indicators().size() + ", subjects " + subjects.size());
        families.announce(placed);
        events.publishEvent(new SignalReceived(id, region, checked.urgency(), now));
        return new Intake(placed, true);
    }

    /**
     * A signal as the caller may see it. Another organisation's reporter learns nothing, not even that the signal
     * exists (404). Reading the subjects is audited.
     */
    @Transactional
    Visible read(UUID id) {
        Actor actor = actors.get();
        Signal signal = signals.find(id).orElseThrow(() -> new NotFoundException(AUDIT_TYPE, id));
        boolean familyCentre = familyCentreOf(actor, signal.regionCode());
        // A token speaks for its whole organisation; a user sees the signals they sent themselves.
        boolean reporter = signal.organisationId().equals(actor.organisationId())
                && (actor.kind() != Actor.Kind.USER
                        || actor.name().equals(signal.report().receivedBy()));
        if (!familyCentre && !reporter) {
            throw new NotFoundException(AUDIT_TYPE, id);
        }
        if (familyCentre) {
            audit.record(AuditAction.READ, AuditSubject.of(AUDIT_TYPE, id), "subjects");
        }
        return new Visible(signal, familyCentre);
    }

    /** The signals the current user sent, newest first, with their status and decision. */
    @Transactional(readOnly = true)
    List<SignalRepository.SignalLine> mine() {
        Actor actor = actors.get();
        UUID organisation = Objects.requireNonNull(actor.organisationId(), "every reporter has an organisation");
        return signals.reportedBy(organisation, actor.name(), MINE);
    }

    /** The caller organisation's signals changed after the given position, for a partner system that polls. */
    @Transactional(readOnly = true)
    List<SignalRepository.SignalLine> changed(@Nullable Instant after, @Nullable UUID afterId, int limit) {
        UUID organisation = Objects.requireNonNull(actors.get().organisationId(), "every reporter has an organisation");
        return signals.changedFor(organisation, after, afterId, limit);
    }

    private boolean familyCentreOf(Actor actor, String regionCode) {
        UUID organisation = actor.organisationId();
        return organisation != null
                && directory
                        .organisation(organisation)
                        .filter(o -> o.enabled()
                                && o.kind() == OrganisationKind.FAMILY_CENTRE
                                && o.regionCode().equals(regionCode))
                        .isPresent();
    }

    private static @Nullable String keyOf(@Nullable String header, @Nullable String externalId) {
        String key = blankToNull(header);
        return key != null ? key : blankToNull(externalId);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
