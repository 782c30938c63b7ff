package ru.rodnik.benchmark.warning;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import ru.rodnik.directory.OrganisationKind;
import ru.rodnik.earlywarning.Explanation;
import ru.rodnik.earlywarning.ScoredIndicator;
import ru.rodnik.earlywarning.ScoredSignal;
import ru.rodnik.earlywarning.ScoringParameters;
import ru.rodnik.earlywarning.ScoringRules;
import ru.rodnik.synthetic.SimulatedIndicator;
import ru.rodnik.synthetic.SimulatedSignal;

/**
 * Replays a family's signals through {@link ScoringRules} as the application would score them: at the moment each
 * signal is received, over every signal received by then.
 *
 * <p>Scoring at arrivals only is exact for "when is the family first flagged": between two arrivals a score can only
 * fall (every contribution decays; a rule's window can only lose signals) and no rule can start to fire, so the
 * highest score and every flagging rule are seen at an arrival. {@code WarningReplayTest} checks this against scoring
 * every day.
 */
public final class WarningReplay {

    private WarningReplay() {}

    public static ScoredSignal scored(SimulatedSignal signal) {
        List<ScoredIndicator> indicators = new ArrayList<>(signal.indicators().size());
        for (SimulatedIndicator indicator : signal.indicators()) {
            indicators.add(new ScoredIndicator(
                    indicator.code(),
                    indicator.weight(),
                    indicator.immediate(),
                    indicator.labelRu(),
                    indicator.labelEn()));
        }
        return new ScoredSignal(signal.signalId(), signal.agency(), signal.receivedAt(), signal.urgent(), indicators);
    }

    /** All agencies' signals scored together. */
    public static FlagHistory pooled(List<ScoredSignal> signals, ScoringParameters parameters) {
        TreeSet<Instant> arrivals = new TreeSet<>();
        signals.forEach(signal -> arrivals.add(signal.receivedAt()));
        @Nullable Instant rule = null;
        List<FlagHistory.Step> steps = new ArrayList<>();
        double max = 0;
        for (Instant at : arrivals) {
            Explanation explanation = ScoringRules.score(signals, at, parameters);
            boolean byRule =
                    explanation.rules().stream().anyMatch(hit -> hit.rule().flags());
            if (byRule && rule == null) {
                rule = at;
            }
            if (explanation.score() > max) {
                max = explanation.score();
                steps.add(new FlagHistory.Step(at, max));
            }
        }
        return new FlagHistory(rule, steps);
    }

    /**
     * The single-agency baseline: each agency's signals scored alone, as if no one joined them up; the family is
     * flagged as soon as any one agency's own stream is.
     */
    public static FlagHistory singleAgency(List<ScoredSignal> signals, ScoringParameters parameters) {
        Map<OrganisationKind, List<ScoredSignal>> byAgency = new EnumMap<>(OrganisationKind.class);
        signals.forEach(signal -> byAgency.computeIfAbsent(signal.agency(), agency -> new ArrayList<>())
                .add(signal));
        List<FlagHistory> histories = new ArrayList<>(byAgency.size());
        byAgency.values().forEach(own -> histories.add(pooled(own, parameters)));
        return FlagHistory.earliestOf(histories);
    }
}
