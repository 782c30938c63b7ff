package ru.rodnik.benchmark.warning;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;
import ru.rodnik.synthetic.CrisisSimulator;

/** Figures of a simulated region's outcomes: at a threshold, or at the threshold that gives a flag rate. */
public final class Measurement {

    /** Scores are rounded to hundredths: a threshold this much above a score excludes it. */
    private static final double STEP = 0.01;

    private Measurement() {}

    public static Figures at(List<FamilyOutcome> outcomes, WarningSystem system, double threshold) {
        return at(outcomes, system, threshold, outcome -> true);
    }

    /** Figures over the families the filter keeps (e.g. the crises of one kind and every family without a crisis). */
    public static Figures at(
            List<FamilyOutcome> outcomes, WarningSystem system, double threshold, Predicate<FamilyOutcome> filter) {
        int families = 0;
        int flagged = 0;
        int crises = 0;
        int crisesFlagged = 0;
        int passing = 0;
        int passingFlagged = 0;
        List<Integer> leads = new ArrayList<>();
        for (FamilyOutcome outcome : outcomes) {
            if (!filter.test(outcome)) {
                continue;
            }
            families++;
            Instant flag = outcome.history(system).firstFlag(threshold);
            if (outcome.crisis()) {
                crises++;
            }
            if (outcome.passingTrouble()) {
                passing++;
            }
            if (flag == null) {
                continue;
            }
            flagged++;
            if (outcome.passingTrouble()) {
                passingFlagged++;
            }
            LocalDate acute = outcome.acuteOn();
            if (acute != null) {
                crisesFlagged++;
                leads.add((int) ChronoUnit.DAYS.between(LocalDate.ofInstant(flag, CrisisSimulator.ZONE), acute));
            }
        }
        Collections.sort(leads);
        return new Figures(system, threshold, families, flagged, crises, crisesFlagged, passing, passingFlagged, leads);
    }

    /**
     * The lowest threshold (in hundredths) at which at most {@code rate} of all families are flagged, or
     * {@link Double#POSITIVE_INFINITY} when the flagging rules alone flag more than that.
     */
    public static double thresholdForFlagRate(List<FamilyOutcome> outcomes, WarningSystem system, double rate) {
        int allowed = (int) Math.floor(rate * outcomes.size() + 1e-9);
        List<Double> scores = new ArrayList<>();
        for (FamilyOutcome outcome : outcomes) {
            FlagHistory history = outcome.history(system);
            if (history.ruleFlag() != null) {
                allowed--;
            } else {
                scores.add(history.maxScore());
            }
        }
        if (allowed < 0) {
            return Double.POSITIVE_INFINITY;
        }
        scores.sort(Collections.reverseOrder());
        if (allowed >= scores.size()) {
            return STEP;
        }
        // Flagged by score are those at or above the threshold: at most the first `allowed` of the descending scores.
        double excluded = scores.get(allowed);
        return Math.max(STEP, Math.round((excluded + STEP) * 100) / 100.0);
    }

    /** Share of all families that the flagging rules alone (immediate indicators, urgent signals) flag. */
    public static double ruleOnlyFlagRate(List<FamilyOutcome> outcomes, WarningSystem system) {
        long flagged = outcomes.stream()
                .filter(outcome -> outcome.history(system).ruleFlag() != null)
                .count();
        return outcomes.isEmpty() ? 0 : (double) flagged / outcomes.size();
    }
}
