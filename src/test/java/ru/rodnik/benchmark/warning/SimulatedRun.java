package ru.rodnik.benchmark.warning;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import ru.rodnik.earlywarning.ScoringParameters;
import ru.rodnik.synthetic.CrisisSimulator;
import ru.rodnik.synthetic.SignalTimeline;

/**
 * A simulated region replayed through the scoring: every family's outcome under each way of scoring, and the region's
 * profile. Families are simulated and replayed one at a time, so a region of any size fits in little memory.
 */
public record SimulatedRun(
        CrisisSimulator.Settings settings,
        ScoringParameters parameters,
        List<FamilyOutcome> outcomes,
        RegionProfile profile,
        Duration duration) {

    public SimulatedRun {
        outcomes = List.copyOf(outcomes);
    }

    public static SimulatedRun of(CrisisSimulator.Settings settings, ScoringParameters parameters) {
        long started = System.nanoTime();
        CrisisSimulator simulator = new CrisisSimulator(settings);
        RegionProfile profile = new RegionProfile();
        List<FamilyOutcome> outcomes = new ArrayList<>(settings.families());
        for (int i = 0; i < settings.families(); i++) {
            SignalTimeline timeline = simulator.timeline(i);
            profile.add(timeline);
            outcomes.add(FamilyOutcome.of(timeline, parameters));
        }
        return new SimulatedRun(settings, parameters, outcomes, profile, Duration.ofNanos(System.nanoTime() - started));
    }

    /** The same run with the flagging rules ignored: what the additive score alone achieves. */
    public SimulatedRun scoreOnly() {
        return new SimulatedRun(
                settings,
                parameters,
                outcomes.stream().map(FamilyOutcome::withoutRules).toList(),
                profile,
                duration);
    }

    public Figures at(WarningSystem system, double threshold) {
        return Measurement.at(outcomes, system, threshold);
    }

    /** Figures at the lowest threshold that flags at most {@code rate} of the families; null if rules alone flag more. */
    public @Nullable Figures atFlagRate(WarningSystem system, double rate) {
        double threshold = Measurement.thresholdForFlagRate(outcomes, system, rate);
        return Double.isInfinite(threshold) ? null : at(system, threshold);
    }
}
