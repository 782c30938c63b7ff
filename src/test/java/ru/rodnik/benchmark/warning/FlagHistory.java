package ru.rodnik.benchmark.warning;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * When a family would have been flagged, for any threshold: the first moment a flagging rule fired (an immediate
 * indicator or an urgent signal), and the family's highest score so far as a step function of time. The family is
 * first flagged at threshold {@code t} at the earlier of the rule's moment and the first step reaching {@code t}.
 */
public final class FlagHistory {

    /** One step up of the highest score so far. */
    public record Step(Instant at, double score) {}

    private final @Nullable Instant ruleFlag;
    private final List<Step> steps;

    FlagHistory(@Nullable Instant ruleFlag, List<Step> steps) {
        this.ruleFlag = ruleFlag;
        this.steps = List.copyOf(steps);
    }

    static FlagHistory none() {
        return new FlagHistory(null, List.of());
    }

    /** The same history with the flagging rules ignored: flagged by the score alone. */
    FlagHistory withoutRules() {
        return new FlagHistory(null, steps);
    }

    public @Nullable Instant ruleFlag() {
        return ruleFlag;
    }

    public List<Step> steps() {
        return steps;
    }

    /** The highest score reached; 0 without signals. */
    public double maxScore() {
        return steps.isEmpty() ? 0 : steps.get(steps.size() - 1).score();
    }

    /** The first moment the family is flagged at this threshold, or null when it never is. */
    public @Nullable Instant firstFlag(double threshold) {
        Instant byScore = null;
        for (Step step : steps) {
            if (step.score() >= threshold) {
                byScore = step.at();
                break;
            }
        }
        if (ruleFlag == null) {
            return byScore;
        }
        return byScore == null || ruleFlag.isBefore(byScore) ? ruleFlag : byScore;
    }

    /** The earliest flags of several histories: flagged as soon as any of them is (the single-agency baseline). */
    static FlagHistory earliestOf(List<FlagHistory> histories) {
        Instant rule = null;
        List<Step> all = new ArrayList<>();
        for (FlagHistory history : histories) {
            if (history.ruleFlag != null && (rule == null || history.ruleFlag.isBefore(rule))) {
                rule = history.ruleFlag;
            }
            all.addAll(history.steps);
        }
        all.sort((a, b) -> a.at().compareTo(b.at()));
        List<Step> steps = new ArrayList<>();
        double max = 0;
        for (Step step : all) {
            if (step.score() > max) {
                max = step.score();
                steps.add(step);
            }
        }
        return new FlagHistory(rule, steps);
    }
}
