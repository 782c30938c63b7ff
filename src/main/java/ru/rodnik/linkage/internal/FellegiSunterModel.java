package ru.rodnik.linkage.internal;

import java.util.ArrayList;
import java.util.List;
import ru.rodnik.linkage.MatchDecision;
import ru.rodnik.linkage.MatchEvidence;
import ru.rodnik.linkage.MatchOutcome;

/**
 * Turns a comparison vector into a decision: the score is the sum of the weights log2(m/u) of the levels reached (a
 * missing value adds 0), held against two thresholds, then lowered by any {@link MatchRule} that applies.
 *
 * <p>An exact surname or first name whose share among registry persons is known weighs log2(m/share) instead of
 * the level's average: agreeing on a common name is weaker evidence than agreeing on a rare one. A rare name may add
 * at most {@link #RARE_NAME_BONUS_BITS} to the average, since a small count is an uncertain share.
 */
final class FellegiSunterModel {

    private static final MatchRule[] RULES = MatchRule.values();

    static final double RARE_NAME_BONUS_BITS = 2;

    private final MatchWeights weights;
    private final Thresholds thresholds;

    FellegiSunterModel(MatchWeights weights, Thresholds thresholds) {
        this.weights = weights;
        this.thresholds = thresholds;
    }

    static FellegiSunterModel defaults() {
        return new FellegiSunterModel(MatchWeights.defaults(), Thresholds.DEFAULT);
    }

    MatchWeights weights() {
        return weights;
    }

    Thresholds thresholds() {
        return thresholds;
    }

    double score(ComparisonVector vector) {
        double score = 0;
        for (Feature feature : Feature.ALL) {
            score += weight(vector, vector.level(feature));
        }
        return score;
    }

    MatchDecision decide(ComparisonVector vector) {
        MatchEvidence[] evidence = new MatchEvidence[Feature.ALL.size()];
        double score = 0;
        for (Feature feature : Feature.ALL) {
            FeatureLevel level = vector.level(feature);
            double weight = weight(vector, level);
            score += weight;
            evidence[feature.ordinal()] = weight == weights.weight(level)
                    ? weights.evidence(level)
                    : new MatchEvidence(feature.name(), level.name(), weight);
        }
        MatchOutcome outcome = score >= thresholds.upper()
                ? MatchOutcome.AUTO_LINK
                : score >= thresholds.lower() ? MatchOutcome.REVIEW : MatchOutcome.NEW_PERSON;
        // Most pairs meet no rule: the shared empty list spares an allocation per candidate.
        List<String> rules = List.of();
        for (MatchRule rule : RULES) {
            if (rule.appliesTo(vector)) {
                if (rules.isEmpty()) {
                    rules = new ArrayList<>(2);
                }
                rules.add(rule.name());
                outcome = outcome.atMost(rule.cap());
            }
        }
        return new MatchDecision(outcome, score, thresholds.lower(), thresholds.upper(), List.of(evidence), rules);
    }

    /** The weight of a level, for an exact name adjusted to how common the name is. */
    private double weight(ComparisonVector vector, FeatureLevel level) {
        double share = level == SurnameLevel.EXACT
                ? vector.surnameShare()
                : level == GivenNameLevel.EXACT ? vector.givenNameShare() : Double.NaN;
        if (Double.isNaN(share)) {
            return weights.weight(level);
        }
        double u = Math.max(share, weights.u(level) / Math.pow(2, RARE_NAME_BONUS_BITS));
        return Math.round(100 * Math.log(weights.m(level) / u) / Math.log(2)) / 100.0;
    }
}
