package ru.rodnik.linkage.internal;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.rodnik.audit.AuditAction;
import ru.rodnik.audit.AuditLog;
import ru.rodnik.audit.AuditSubject;
import ru.rodnik.linkage.LinkStatus;
import ru.rodnik.linkage.SubjectLinkResolved;
import ru.rodnik.platform.CurrentActor;
import ru.rodnik.platform.FieldViolation;
import ru.rodnik.platform.InvalidInputException;
import ru.rodnik.platform.NotFoundException;
import ru.rodnik.registry.Person;
import ru.rodnik.registry.PersonId;
import ru.rodnik.registry.Registry;

/**
 * Subjects the engine could not place, for the screeners of their region: confirm one candidate, or say it is
 * nobody known and record a new person. Each decision is audited and stays with the pair as a labelled example.
 */
@Service
@PreAuthorize("hasAnyRole('SCREENER', 'SUPERVISOR')")
class ReviewQueue {

    static final String SUBJECT = "MATCH_DECISION";
    static final int PAGE = 100;

    private final MatchDecisionRepository decisions;
    private final SubjectLinking linking;
    private final LinkageRecords records;
    private final Registry registry;
    private final AuditLog audit;
    private final CurrentActor actor;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReviewQueue(
            MatchDecisionRepository decisions,
            SubjectLinking linking,
            LinkageRecords records,
            Registry registry,
            AuditLog audit,
            CurrentActor actor,
            ApplicationEventPublisher events,
            Clock clock) {
        this.decisions = decisions;
        this.linking = linking;
        this.records = records;
        this.registry = registry;
        this.audit = audit;
        this.actor = actor;
        this.events = events;
        this.clock = clock;
    }

    /** One candidate as the review page shows it: the registry person beside the engine's reasons. */
    record CandidateView(Person person, MatchDecisionRepository.StoredCandidate ranked) {}

    record ReviewItem(MatchDecisionRepository.StoredDecision decision, List<CandidateView> candidates) {}

    @Transactional(readOnly = true)
    List<MatchDecisionRepository.StoredDecision> pending() {
        return decisions.pending(region(), PAGE);
    }

    @Transactional(readOnly = true)
    long countPending() {
        return decisions.countPending(region());
    }

    @Transactional
    ReviewItem item(UUID id) {
        var decision = find(id);
        List<CandidateView> candidates = decision.candidates().stream()
                .map(ranked -> registry.person(new PersonId(ranked.personId()))
                        .map(person -> new CandidateView(person, ranked)))
                .flatMap(Optional::stream)
                .toList();
        audit.record(AuditAction.READ, AuditSubject.of(SUBJECT, id));
        return new ReviewItem(decision, candidates);
    }

    @Transactional
    void confirm(UUID id, UUID personId, int version) {
        var decision = find(id);
        if (decision.candidates().stream()
                .noneMatch(candidate -> candidate.personId().equals(personId))) {
            throw new InvalidInputException(FieldViolation.of("personId", "E3001", "linkage.review.notACandidate"));
        }
        decisions.resolve(id, LinkStatus.CONFIRMED, personId, actor.get().name(), clock.instant(), version);
        linking.learn(personId, decision.region(), id, decision.subject());
        audit.record(AuditAction.REVIEW, AuditSubject.of(SUBJECT, id), "confirmed");
        audit.record(AuditAction.LINK, AuditSubject.of("PERSON", personId), "confirmed by review");
        events.publishEvent(new SubjectLinkResolved(
                id, decision.source(), decision.sourceRef(), LinkStatus.CONFIRMED, new PersonId(personId)));
    }

    @Transactional
    void reject(UUID id, int version) {
        var decision = find(id);
        var subject = decision.subject();
        PersonId person = linking.register(
                decision.region(),
                subject.details(),
                records.of(subject.details(), subject.territoryCode(), subject.addressText(), Set.of()));
        decisions.resolve(id, LinkStatus.NEW_PERSON, person.value(), actor.get().name(), clock.instant(), version);
        audit.record(AuditAction.REVIEW, AuditSubject.of(SUBJECT, id), "no candidate is this person");
        events.publishEvent(
                new SubjectLinkResolved(id, decision.source(), decision.sourceRef(), LinkStatus.NEW_PERSON, person));
    }

    private MatchDecisionRepository.StoredDecision find(UUID id) {
        return decisions
                .find(id)
                .filter(found -> found.region().equals(region()))
                .orElseThrow(() -> new NotFoundException(SUBJECT, id));
    }

    private String region() {
        return Objects.requireNonNull(actor.get().regionCode(), "every user belongs to a region");
    }
}
