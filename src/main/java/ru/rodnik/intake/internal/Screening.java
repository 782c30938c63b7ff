package ru.rodnik.intake.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.rodnik.audit.AuditAction;
import ru.rodnik.audit.AuditLog;
import ru.rodnik.audit.AuditSubject;
import ru.rodnik.casework.Case;
import ru.rodnik.casework.Cases;
import ru.rodnik.directory.Directory;
import ru.rodnik.directory.Organisation;
import ru.rodnik.directory.OrganisationKind;
import ru.rodnik.intake.ScreeningDecision;
import ru.rodnik.platform.Actor;
import ru.rodnik.platform.ConcurrentChangeException;
import ru.rodnik.platform.CurrentActor;
import ru.rodnik.platform.FieldViolation;
import ru.rodnik.platform.InvalidInputException;
import ru.rodnik.platform.NotFoundException;
import ru.rodnik.registry.FamilyId;

/**
 * The family centre's screening of the signals it answers for: a queue by deadline, and one decision per signal —
 * open a case, attach to the family's open case, refer to another organisation, or no grounds with a reason. Only the
 * screeners and supervisors of the signal's centre see and decide; every read and decision is audited.
 */
@Service
@PreAuthorize("hasAnyRole('SCREENER', 'SUPERVISOR')")
class Screening {

    static final int PAGE = 200;
    static final int REASON_LIMIT = 2000;

    private final SignalRepository signals;
    private final IndicatorCatalogue catalogue;
    private final Cases cases;
    private final Directory directory;
    private final AuditLog audit;
    private final CurrentActor actors;
    private final Clock clock;

    Screening(
            SignalRepository signals,
            IndicatorCatalogue catalogue,
            Cases cases,
            Directory directory,
            AuditLog audit,
            CurrentActor actors,
            Clock clock) {
        this.signals = signals;
        this.catalogue = catalogue;
        this.cases = cases;
        this.directory = directory;
        this.audit = audit;
        this.actors = actors;
        this.clock = clock;
    }

    record Queue(List<SignalRepository.SignalLine> lines, long total, Instant now) {}

    /** A signal as the screener decides about it: with the indicators' meaning, the family and its open case. */
    record Item(
            Signal signal,
            List<Indicator> indicators,
            Organisation reporter,
            @Nullable Case openCase,
            List<Organisation> referralTargets,
            Instant now) {}

    /** What a screener submits; the fields that a decision does not need are ignored. */
    record DecisionForm(
            @Nullable ScreeningDecision decision,
            @Nullable String reason,
            @Nullable UUID referredTo,
            int version) {}

    @Transactional(readOnly = true)
    Queue queue() {
        UUID centre = centre();
        String region = region();
        return new Queue(signals.queue(region, centre, PAGE), signals.countUndecided(region, centre), clock.instant());
    }

    @Transactional(readOnly = true)
    List<SignalRepository.SignalLine> decided() {
        return signals.decided(region(), centre(), PAGE);
    }

    @Transactional
    Item item(UUID id) {
        Signal signal = find(id);
        audit.record(AuditAction.READ, AuditSubject.of(SignalIntake.AUDIT_TYPE, id), "screening");
        return new Item(
                signal,
                signal.indicators().stream()
                        .map(catalogue::find)
                        .flatMap(Optional::stream)
                        .toList(),
                directory.organisation(signal.organisationId()).orElseThrow(),
                familyOf(signal)
                        .flatMap(family -> cases.openCaseOf(signal.regionCode(), family))
                        .orElse(null),
                referralTargets(signal),
                clock.instant());
    }

    /**
     * Decides about the signal and moves its status. A decision is made once: a second one, or one made on a version
     * of the signal that changed since it was read, is refused.
     */
    @Transactional
    void decide(UUID id, DecisionForm form) {
        Signal signal = find(id);
        if (signal.screening().decision() != null || signal.screening().version() != form.version()) {
            throw new ConcurrentChangeException(SignalIntake.AUDIT_TYPE, id);
        }
        ScreeningDecision kind = form.decision();
        if (kind == null) {
            throw new InvalidInputException(
                    FieldViolation.of("decision", "E4101", "intake.screening.decisionRequired"));
        }
        String reason = form.reason() == null || form.reason().isBlank()
                ? null
                : form.reason().strip();
        if (reason != null && reason.length() > REASON_LIMIT) {
            throw new InvalidInputException(
                    FieldViolation.of("reason", "E4102", "intake.screening.reasonTooLong", REASON_LIMIT));
        }
        UUID referredTo = null;
        UUID caseId = null;
        switch (kind) {
            case OPEN_CASE ->
                caseId = cases.open(signal.regionCode(), family(signal), centre(), id)
                        .id()
                        .value();
            case ATTACH_TO_CASE -> {
                Case open = cases.openCaseOf(signal.regionCode(), family(signal))
                        .orElseThrow(() -> new InvalidInputException(
                                FieldViolation.of("decision", "E4103", "intake.screening.noOpenCase")));
                caseId = cases.attach(open.id(), id).id().value();
            }
            case REFER -> {
                UUID target = form.referredTo();
                if (target == null || referralTargets(signal).stream().noneMatch(o -> o.id().equals(target))) {
                    throw new InvalidInputException(
                            FieldViolation.of("referredTo", "E4104", "intake.screening.referralTargetRequired"));
                }
                referredTo = target;
            }
            case NO_GROUNDS -> {
                if (reason == null) {
                    throw new InvalidInputException(
                            FieldViolation.of("reason", "E4105", "intake.screening.reasonRequired"));
                }
            }
        }
        var decision = new Signal.Decision(
                kind, reason, referredTo, caseId, actors.get().name(), clock.instant());
        if (!signals.decide(signal, form.version(), decision)) {
            throw new ConcurrentChangeException(SignalIntake.AUDIT_TYPE, id);
        }
        // The decision's kind only: a reason may name people.
        audit.record(AuditAction.DECIDE, AuditSubject.of(SignalIntake.AUDIT_TYPE, id), kind.name());
    }

    private FamilyId family(Signal signal) {
        return familyOf(signal)
                .orElseThrow(() ->
                        new InvalidInputException(FieldViolation.of("decision", "E4106", "intake.screening.noFamily")));
    }

    private static Optional<FamilyId> familyOf(Signal signal) {
        return Optional.ofNullable(signal.screening().familyId()).map(FamilyId::new);
    }

    /** Any other enabled organisation of the region may take a referred signal. */
    private List<Organisation> referralTargets(Signal signal) {
        return directory.organisations().stream()
                .filter(o -> o.enabled()
                        && o.regionCode().equals(signal.regionCode())
                        && !o.id().equals(signal.screening().familyCentreId())
                        && o.kind() != OrganisationKind.MINISTRY)
                .toList();
    }

    /** A signal of the actor's centre; any other is unknown to it. */
    private Signal find(UUID id) {
        UUID centre = centre();
        return signals.find(id)
                .filter(s -> centre.equals(s.screening().familyCentreId()))
                .orElseThrow(() -> new NotFoundException(SignalIntake.AUDIT_TYPE, id));
    }

    private UUID centre() {
        Actor actor = actors.get();
        return Objects.requireNonNull(actor.organisationId(), "every user belongs to an organisation");
    }

    private String region() {
        return Objects.requireNonNull(actors.get().regionCode(), "every user belongs to a region");
    }
}
