package ru.rodnik.casework.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.rodnik.audit.AuditAction;
import ru.rodnik.audit.AuditLog;
import ru.rodnik.audit.AuditSubject;
import ru.rodnik.casework.Case;
import ru.rodnik.casework.CaseId;
import ru.rodnik.casework.CaseStatus;
import ru.rodnik.casework.Cases;
import ru.rodnik.platform.CurrentActor;
import ru.rodnik.platform.FieldViolation;
import ru.rodnik.platform.InvalidInputException;
import ru.rodnik.platform.NotFoundException;
import ru.rodnik.platform.Uuids;
import ru.rodnik.registry.FamilyId;

/** Cases of the family centre: opened and added to by screening, read by the centre's staff of the region. */
@Service
class CaseService implements Cases {

    static final String SUBJECT = "CASE";

    private final CaseRepository cases;
    private final AuditLog audit;
    private final CurrentActor actors;
    private final Clock clock;

    CaseService(CaseRepository cases, AuditLog audit, CurrentActor actors, Clock clock) {
        this.cases = cases;
        this.audit = audit;
        this.actors = actors;
        this.clock = clock;
    }

    /** A case with the signals that opened it or were attached later, as its page shows it. */
    record CaseWithSignals(Case opened, List<UUID> signals) {}

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('SCREENER', 'SUPERVISOR')")
    public Case open(String regionCode, FamilyId family, UUID organisationId, UUID signalId) {
        Instant now = clock.instant();
        Case opened = new Case(
                new CaseId(Uuids.timeOrdered()),
                regionCode,
                cases.nextNumber(now),
                family,
                CaseStatus.OPEN,
                organisationId,
                now,
                actors.get().name());
        if (!cases.insertOpen(opened)) {
            throw new InvalidInputException(FieldViolation.of("decision", "E5001", "casework.alreadyOpen"));
        }
        cases.attach(opened.id(), regionCode, signalId, now);
        audit.record(AuditAction.CREATE, AuditSubject.of(SUBJECT, opened.id().value()), "from a signal");
        return opened;
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('SCREENER', 'SUPERVISOR')")
    public Case attach(CaseId id, UUID signalId) {
        Case found = cases.find(id)
                .filter(c -> c.status() == CaseStatus.OPEN)
                .orElseThrow(() -> new NotFoundException(SUBJECT, id.value()));
        cases.attach(id, found.regionCode(), signalId, clock.instant());
        audit.record(AuditAction.UPDATE, AuditSubject.of(SUBJECT, id.value()), "signal attached");
        return found;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Case> openCaseOf(String regionCode, FamilyId family) {
        return cases.openCaseOf(regionCode, family);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Case> find(CaseId id) {
        return cases.find(id);
    }

    /** The case page: the centre's staff of the case's region only; the read is audited. */
    @Transactional
    @PreAuthorize("hasAnyRole('SCREENER', 'SPECIALIST', 'CURATOR', 'SUPERVISOR')")
    CaseWithSignals read(CaseId id) {
        String region = actors.get().regionCode();
        Case found = cases.find(id)
                .filter(c -> c.regionCode().equals(region))
                .orElseThrow(() -> new NotFoundException(SUBJECT, id.value()));
        audit.record(AuditAction.READ, AuditSubject.of(SUBJECT, id.value()));
        return new CaseWithSignals(found, cases.signalsOf(found));
    }
}
