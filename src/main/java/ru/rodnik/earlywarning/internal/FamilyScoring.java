package ru.rodnik.earlywarning.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.rodnik.audit.AuditAction;
import ru.rodnik.audit.AuditLog;
import ru.rodnik.audit.AuditSubject;
import ru.rodnik.earlywarning.Explanation;
import ru.rodnik.earlywarning.FamilyFlagged;
import ru.rodnik.earlywarning.RuleHit;
import ru.rodnik.earlywarning.ScoredSignal;
import ru.rodnik.earlywarning.ScoringParameters;
import ru.rodnik.earlywarning.ScoringRules;
import ru.rodnik.intake.SignalJoinedFamily;
import ru.rodnik.platform.Actor;
import ru.rodnik.registry.FamilyId;

/**
 * Keeps each family's stored score current: records a signal that joined the family and scores the family again, or
 * scores it again because time has passed. A history row is written when a signal arrives or the result changed:
 * the flag, the rules that fired, or the score by at least {@link #HISTORY_STEP} points since the last row.
 */
@Service
class FamilyScoring {

    static final String FAMILY = "FAMILY";
    static final double HISTORY_STEP = 1.0;

    private final WarningSignalRepository signals;
    private final FamilyWarningRepository warnings;
    private final ScoringParametersRepository parameters;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FamilyScoring(
            WarningSignalRepository signals,
            FamilyWarningRepository warnings,
            ScoringParametersRepository parameters,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.signals = signals;
        this.warnings = warnings;
        this.parameters = parameters;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records the signal for its family and scores the family again. The same signal delivered twice changes nothing
     * the second time.
     *
     * @return whether the signal was new for the family
     */
    @Transactional
    boolean signalJoined(SignalJoinedFamily event) {
        warnings.commitWithoutWaitingForTheDisk();
        warnings.lock(event.familyId());
        if (!signals.insertUnlessKnown(event, clock.instant())) {
            return false;
        }
        rescore(event.familyId(), event.regionCode(), event.signalId());
        return true;
    }

    /** Scores a family again because time has passed; does nothing for a family never scored. */
    @Transactional
    Optional<FamilyWarningRepository.Current> rescore(FamilyId family) {
        warnings.lock(family);
        return warnings.current(family).map(stored -> {
            rescore(family, stored.regionCode(), null);
            return warnings.current(family).orElseThrow();
        });
    }

    /**
     * The family's stored score, scored again first when it was computed more than {@code refreshAfter} ago (time
     * alone lowers it).
     */
    @Transactional
    Optional<FamilyWarningRepository.Current> current(FamilyId family, Duration refreshAfter) {
        Optional<FamilyWarningRepository.Current> stored = warnings.current(family);
        if (stored.isPresent()
                && stored.get().computedAt().isBefore(clock.instant().minus(refreshAfter))) {
            return rescore(family);
        }
        return stored;
    }

    private void rescore(FamilyId family, String regionCode, @Nullable UUID trigger) {
        ScoringParameters used = parameters.of(regionCode);
        Instant lastSignal = signals.lastReceived(family).orElseThrow();
        // A signal stamped a moment ahead of this node's clock still counts now.
        Instant at = latest(clock.instant(), lastSignal);
        List<ScoredSignal> recent = signals.since(family, at.minus(Duration.ofDays(used.windowDays())));
        Explanation explanation = ScoringRules.score(recent, at, used);
        boolean wasFlagged = warnings.flagged(family);
        boolean addHistory = trigger != null || changed(warnings.lastChange(family), explanation);
        warnings.save(family, regionCode, explanation, lastSignal, addHistory, trigger);
        if (addHistory) {
            audit.recordAs(
                    "system",
                    Actor.Kind.SYSTEM,
                    null,
                    AuditAction.UPDATE,
                    AuditSubject.of(FAMILY, family),
                    "early-warning score " + explanation.score() + (explanation.flagged() ? ", flagged" : ""));
        }
        if (explanation.flagged() && !wasFlagged) {
            events.publishEvent(new FamilyFlagged(family, regionCode, explanation.score(), explanation.at()));
        }
    }

    private static boolean changed(Optional<FamilyWarningRepository.HistoryPoint> last, Explanation now) {
        return last.map(point -> point.flagged() != now.flagged()
                        || !ruleKeys(point.explanation()).equals(ruleKeys(now))
                        || Math.abs(point.score() - now.score()) >= HISTORY_STEP)
                .orElse(true);
    }

    private static Set<String> ruleKeys(Explanation explanation) {
        return explanation.rules().stream().map(FamilyScoring::ruleKey).collect(Collectors.toSet());
    }

    private static String ruleKey(RuleHit hit) {
        return hit.rule() + ":" + hit.indicatorCode() + ":" + hit.signals();
    }

    private static Instant latest(Instant one, Instant other) {
        return one.isAfter(other) ? one : other;
    }
}
