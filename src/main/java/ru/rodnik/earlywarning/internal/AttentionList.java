package ru.rodnik.earlywarning.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.rodnik.audit.AuditAction;
import ru.rodnik.audit.AuditLog;
import ru.rodnik.audit.AuditSubject;
import ru.rodnik.earlywarning.Explanation;
import ru.rodnik.earlywarning.ScoringRules;
import ru.rodnik.platform.CurrentActor;
import ru.rodnik.platform.NotFoundException;
import ru.rodnik.registry.Family;
import ru.rodnik.registry.FamilyId;
import ru.rodnik.registry.Registry;

/**
 * What the family centre of a region reads of early warning: the flagged families of its region (screeners and
 * supervisors), one family's score over time (the same), and one family's current score (the centre's own systems,
 * through the API). A family of another region is "not found". Scores computed more than {@code refresh-after} ago are
 * scored again before they are shown, since time alone lowers them. Every family shown is audited.
 */
@Service
class AttentionList {

    static final int PAGE = 100;
    static final int HISTORY = 200;

    private final FamilyWarningRepository warnings;
    private final FamilyScoring scoring;
    private final ScoringParametersRepository parameters;
    private final Registry registry;
    private final AuditLog audit;
    private final CurrentActor actor;
    private final Clock clock;
    private final Duration refreshAfter;

    AttentionList(
            FamilyWarningRepository warnings,
            FamilyScoring scoring,
            ScoringParametersRepository parameters,
            Registry registry,
            AuditLog audit,
            CurrentActor actor,
            Clock clock,
            @Value("${rodnik.early-warning.refresh-after:PT1H}") Duration refreshAfter) {
        this.warnings = warnings;
        this.scoring = scoring;
        this.parameters = parameters;
        this.registry = registry;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
        this.refreshAfter = refreshAfter;
    }

    /** A flagged family with its members as the registry knows them (null if the registry no longer has it). */
    record Item(
            FamilyWarningRepository.Current warning,
            @Nullable Family family) {}

    record Page(List<Item> items, long total) {}

    record History(Family family, Explanation current, List<FamilyWarningRepository.HistoryPoint> changes) {}

    @Transactional
    @PreAuthorize("hasAnyRole('SCREENER', 'SUPERVISOR')")
    Page flagged() {
        String region = region();
        for (FamilyId stale :
                warnings.flaggedComputedBefore(region, clock.instant().minus(refreshAfter))) {
            scoring.rescore(stale);
        }
        List<Item> items = warnings.flagged(region, PAGE).stream()
                .map(warning -> {
                    audit.record(
                            AuditAction.READ,
                            AuditSubject.of(FamilyScoring.FAMILY, warning.familyId()),
                            "early warning: needs attention");
                    return new Item(warning, registry.family(warning.familyId()).orElse(null));
                })
                .toList();
        return new Page(items, warnings.countFlagged(region));
    }

    @Transactional
    @PreAuthorize("hasAnyRole('SCREENER', 'SUPERVISOR')")
    History history(FamilyId id) {
        Family family = familyOfRegion(id);
        return new History(family, currentOf(family, "early warning: history"), warnings.history(id, HISTORY));
    }

    /** The family's current score and explanation; a family with no signals scores zero. */
    @Transactional
    @PreAuthorize("hasAuthority('ORG_FAMILY_CENTRE')")
    Explanation current(FamilyId id) {
        return currentOf(familyOfRegion(id), "early warning: score");
    }

    /** The family's current explanation, scored again first if it is stale, its reading audited. */
    private Explanation currentOf(Family family, String auditDetails) {
        Explanation current = scoring.current(family.id(), refreshAfter)
                .map(FamilyWarningRepository.Current::explanation)
                .orElseGet(() -> ScoringRules.score(List.of(), clock.instant(), parameters.of(family.regionCode())));
        audit.record(AuditAction.READ, AuditSubject.of(FamilyScoring.FAMILY, family.id()), auditDetails);
        return current;
    }

    private Family familyOfRegion(FamilyId id) {
        return registry.family(id)
                .filter(family -> family.regionCode().equals(region()))
                .orElseThrow(() -> new NotFoundException(FamilyScoring.FAMILY, id));
    }

    private String region() {
        return Objects.requireNonNull(actor.get().regionCode(), "every user and API client belongs to a region");
    }
}
