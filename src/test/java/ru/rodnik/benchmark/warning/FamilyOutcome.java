package ru.rodnik.benchmark.warning;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import ru.rodnik.earlywarning.ScoredSignal;
import ru.rodnik.earlywarning.ScoringParameters;
import ru.rodnik.synthetic.CrisisKind;
import ru.rodnik.synthetic.FamilyTruth;
import ru.rodnik.synthetic.SignalTimeline;
import ru.rodnik.synthetic.SimulatedSignal;

/**
 * One simulated family reduced to what the measurement needs: its truth and, for each way of scoring, when it would
 * have been flagged.
 *
 * @param hardship the family lives in lasting hardship
 * @param kind the trouble's kind, crisis or passing; null without trouble
 * @param acuteOn the crisis date; null without a crisis
 * @param signals signals received (for a crisis: before the acute date)
 * @param agencies kinds of agency among them
 */
public record FamilyOutcome(
        boolean crisis,
        boolean passingTrouble,
        boolean hardship,
        @Nullable CrisisKind kind,
        @Nullable LocalDate acuteOn,
        int signals,
        int agencies,
        Map<WarningSystem, FlagHistory> histories) {

    public FamilyOutcome {
        histories = Map.copyOf(histories);
    }

    public static FamilyOutcome of(SignalTimeline timeline, ScoringParameters parameters) {
        FamilyTruth truth = timeline.truth();
        List<ScoredSignal> scored =
                timeline.signals().stream().map(WarningReplay::scored).toList();
        Map<WarningSystem, FlagHistory> histories = new EnumMap<>(WarningSystem.class);
        for (WarningSystem system : WarningSystem.values()) {
            histories.put(system, scored.isEmpty() ? FlagHistory.none() : system.replay(scored, parameters));
        }
        FamilyTruth.Trouble trouble = truth.trouble();
        return new FamilyOutcome(
                truth.crisis(),
                trouble != null && !trouble.acute(),
                truth.hardship(),
                trouble == null ? null : trouble.kind(),
                truth.acuteOn(),
                timeline.signals().size(),
                (int) timeline.signals().stream()
                        .map(SimulatedSignal::agency)
                        .distinct()
                        .count(),
                histories);
    }

    /** The same family flagged by its score alone, the flagging rules ignored. */
    public FamilyOutcome withoutRules() {
        Map<WarningSystem, FlagHistory> scoreOnly = new EnumMap<>(WarningSystem.class);
        histories.forEach((system, history) -> scoreOnly.put(system, history.withoutRules()));
        return new FamilyOutcome(crisis, passingTrouble, hardship, kind, acuteOn, signals, agencies, scoreOnly);
    }

    public FlagHistory history(WarningSystem system) {
        return histories.get(system);
    }
}
