package ru.rodnik.linkage;

import java.util.List;

/**
 * The decision about a subject and a candidate person, with everything a screener needs to see why: the score, the
 * thresholds it was held against, the level and weight of each feature, and the rules that applied.
 *
 * <p>Plain strings and numbers only, so that the decision can be stored with a review task and sent as JSON.
 *
 * @param outcome what to do with the subject
 * @param score sum of the evidence weights, in bits (log2 of the likelihood ratio)
 * @param lowerThreshold below it the subject becomes a new person
 * @param upperThreshold at or above it the subject is linked automatically, unless a rule forbids it
 * @param evidence one entry per feature, in a fixed order
 * @param rules codes of the rules that applied, e.g. {@code NAMES_SWAPPED}, {@code SNILS_CONFLICT}; a rule may lower
 *     the outcome below what the score alone would give, never raise it
 */
public record MatchDecision(
        MatchOutcome outcome,
        double score,
        double lowerThreshold,
        double upperThreshold,
        List<MatchEvidence> evidence,
        List<String> rules) {

    public MatchDecision {
        evidence = List.copyOf(evidence);
        rules = List.copyOf(rules);
    }
}
