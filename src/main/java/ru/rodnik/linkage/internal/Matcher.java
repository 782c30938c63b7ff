package ru.rodnik.linkage.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import ru.rodnik.linkage.MatchDecision;
import ru.rodnik.linkage.MatchOutcome;

/**
 * Decides which of the candidates found by blocking a subject is, if any. Every candidate is compared and scored;
 * the best one's decision stands, unless another candidate would have been linked automatically too — then nobody
 * is, and a screener chooses ({@link #AMBIGUOUS_CANDIDATES}).
 *
 * <p>Holds no state between calls: one instance serves every thread.
 */
final class Matcher {

    /** Two candidates would each have been linked: duplicates in the registry, or a subject too thinly described. */
    static final String AMBIGUOUS_CANDIDATES = "AMBIGUOUS_CANDIDATES";

    /** Blocking found nobody. */
    static final String NO_CANDIDATE = "NO_CANDIDATE";

    private static final Comparator<RankedCandidate<?>> BEST_FIRST = Comparator.comparingDouble(
                    (RankedCandidate<?> ranked) -> ranked.decision().score())
            .reversed();

    /** From this age a woman's surname may have changed by marriage ({@link SurnameLevel#MAIDEN_NAME}). */
    static final int ADULT_AGE = 18;

    private final FellegiSunterModel model;
    private final PairComparison comparison;

    Matcher(FellegiSunterModel model) {
        this(model, NameFrequencies.NONE);
    }

    /** With the shares of names in the registry, so that agreeing on a common name counts for less. */
    Matcher(FellegiSunterModel model, NameFrequencies frequencies) {
        this.model = model;
        this.comparison = new PairComparison(model.weights(), frequencies);
    }

    /** As {@link #Matcher(FellegiSunterModel, NameFrequencies)}, knowing today's date to tell adults. */
    Matcher(FellegiSunterModel model, NameFrequencies frequencies, LocalDate today) {
        this.model = model;
        this.comparison = new PairComparison(model.weights(), frequencies, today.minusYears(ADULT_AGE));
    }

    /** The decision about one pair, without looking at other candidates. */
    MatchDecision decide(LinkageRecord subject, LinkageRecord candidate) {
        return model.decide(comparison.compare(subject, candidate));
    }

    <I> MatchResult<I> match(LinkageRecord subject, List<Candidate<I>> candidates) {
        if (candidates.isEmpty()) {
            Thresholds thresholds = model.thresholds();
            MatchDecision nobody = new MatchDecision(
                    MatchOutcome.NEW_PERSON,
                    0,
                    thresholds.lower(),
                    thresholds.upper(),
                    List.of(),
                    List.of(NO_CANDIDATE));
            return new MatchResult<>(nobody, null, List.of());
        }
        List<RankedCandidate<I>> ranking = new ArrayList<>(candidates.size());
        for (Candidate<I> candidate : candidates) {
            ranking.add(new RankedCandidate<>(candidate.id(), decide(subject, candidate.record())));
        }
        ranking.sort(BEST_FIRST);
        // A person may be offered under several spellings (its record and those screeners confirmed): it counts
        // once, at its best, so that it is never "ambiguous" with itself.
        Set<I> seen = new HashSet<>();
        ranking.removeIf(ranked -> !seen.add(ranked.id()));
        RankedCandidate<I> best = ranking.get(0);
        MatchDecision decision = best.decision();
        if (decision.outcome() == MatchOutcome.AUTO_LINK
                && ranking.size() > 1
                && ranking.get(1).decision().outcome() == MatchOutcome.AUTO_LINK) {
            decision = ambiguous(decision);
        }
        boolean pointsToPerson = decision.outcome() != MatchOutcome.NEW_PERSON;
        return new MatchResult<>(decision, pointsToPerson ? best.id() : null, ranking);
    }

    private static MatchDecision ambiguous(MatchDecision decision) {
        List<String> rules = new ArrayList<>(decision.rules());
        rules.add(AMBIGUOUS_CANDIDATES);
        return new MatchDecision(
                MatchOutcome.REVIEW,
                decision.score(),
                decision.lowerThreshold(),
                decision.upperThreshold(),
                decision.evidence(),
                rules);
    }
}
