package ru.rodnik.synthetic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Writes a simulated region's signals for analysts: {@code signals.csv}, one row per signal with its family's truth,
 * and {@code family-truth.csv}, one row per family (also those without any signal, which a rate needs).
 */
final class SignalCsv {

    /** What was written. */
    record Tally(long families, long crises, long signals) {

        String summary() {
            return String.format(
                    Locale.ROOT,
                    "simulated signals: %,d families, %,d crises became acute, %,d signals",
                    families,
                    crises,
                    signals);
        }
    }

    private SignalCsv() {}

    static Tally write(CrisisSimulator simulator, Path directory) throws IOException {
        Files.createDirectories(directory);
        long families = 0;
        long crises = 0;
        long signals = 0;
        try (CsvFile signalFile = new CsvFile(
                        directory.resolve("signals.csv"),
                        "signal_id",
                        "family_id",
                        "agency",
                        "noticed_on",
                        "received_at",
                        "urgent",
                        "indicators",
                        "child_id",
                        "from_trouble",
                        "severity",
                        "family_crisis",
                        "family_acute_on",
                        "family_trouble_kind",
                        "family_hardship");
                CsvFile truthFile = new CsvFile(
                        directory.resolve("family-truth.csv"),
                        "family_id",
                        "children",
                        "hardship",
                        "trouble_kind",
                        "crisis",
                        "trouble_start",
                        "trouble_peak_on",
                        "trouble_end",
                        "peak_severity",
                        "visibility",
                        "observed_until",
                        "signals")) {
            for (SignalTimeline timeline : (Iterable<SignalTimeline>) simulator.timelines()::iterator) {
                FamilyTruth truth = timeline.truth();
                FamilyTruth.Trouble trouble = truth.trouble();
                families++;
                crises += truth.crisis() ? 1 : 0;
                for (SimulatedSignal signal : timeline.signals()) {
                    signals++;
                    signalFile.row(
                            signal.signalId(),
                            timeline.family().familyId(),
                            signal.agency().slug(),
                            signal.noticedOn(),
                            signal.receivedAt(),
                            signal.urgent(),
                            signal.indicators().stream()
                                    .map(SimulatedIndicator::code)
                                    .collect(Collectors.joining("|")),
                            signal.child(),
                            signal.fromTrouble(),
                            decimal(signal.severity()),
                            truth.crisis(),
                            truth.acuteOn(),
                            trouble == null ? null : trouble.kind(),
                            truth.hardship());
                }
                truthFile.row(
                        timeline.family().familyId(),
                        timeline.family().withRole(SyntheticFamily.Role.CHILD).size(),
                        truth.hardship(),
                        trouble == null ? null : trouble.kind(),
                        truth.crisis(),
                        trouble == null ? null : trouble.start(),
                        trouble == null ? null : trouble.peakOn(),
                        trouble == null ? null : trouble.end(),
                        trouble == null ? null : decimal(trouble.peakSeverity()),
                        trouble == null ? null : decimal(trouble.visibility()),
                        timeline.until(),
                        timeline.signals().size());
            }
        }
        return new Tally(families, crises, signals);
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
