package ru.rodnik.benchmark.warning;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Formatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import ru.rodnik.directory.OrganisationKind;
import ru.rodnik.earlywarning.ScoringParameters;
import ru.rodnik.synthetic.CrisisKind;
import ru.rodnik.synthetic.CrisisSimulator;

/** The results block of the early-warning simulation, laid out to be pasted into {@code docs/benchmarks.md}. */
public final class WarningResults {

    /** Flag rates the ways of scoring are compared at. */
    public static final List<Double> FLAG_RATES = List.of(0.02, 0.05, 0.10);

    /** The flag rate of the breakdowns by kind and of the other scenarios. */
    public static final double MAIN_RATE = 0.05;

    private WarningResults() {}

    /** A scenario other than the main one, with a name saying how it differs. */
    public record Scenario(String name, SimulatedRun run) {}

    public static String write(SimulatedRun main, List<Scenario> scenarios, List<SimulatedRun> otherSeeds) {
        Formatter out = new Formatter(new StringBuilder(), Locale.ROOT);
        CrisisSimulator.Settings s = main.settings();
        ScoringParameters p = main.parameters();
        RegionProfile profile = main.profile();
        line(out, "=== Rodnik early-warning simulation, %s ===", LocalDate.now());
        line(
                out,
                "machine: %d processors, %s %s, JVM flags %s",
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"),
                ManagementFactory.getRuntimeMXBean().getInputArguments());
        line(
                out,
                "region: seed %d, %,d families, %s to %s (%d days); crisis share %.2f, passing trouble %.2f, hardship"
                        + " %.2f, background ×%.1f, sensitivity ×%.1f; simulated and replayed in %.1f s",
                s.seed(),
                s.families(),
                s.start(),
                s.end().minusDays(1),
                s.days(),
                s.crisisShare(),
                s.passingTroubleShare(),
                s.hardshipShare(),
                s.backgroundFactor(),
                s.sensitivityFactor(),
                main.duration().toMillis() / 1000.0);
        line(out, "scoring: %s", p);
        line(out, "");
        line(out, "| region | value |");
        line(out, "|---|---|");
        line(
                out,
                "| %s | %s |",
                "families in trouble",
                f(
                        "%,d crises (%s), %,d passing troubles; %,d families in hardship",
                        profile.crises(),
                        kinds(profile.crisesByKind()),
                        profile.passingTroubles(),
                        profile.hardship()));
        line(
                out,
                "| %s | %s |",
                "signals",
                f(
                        "%,d (%.2f per family), %.1f %% caused by trouble, %.1f %% urgent; by agency: %s",
                        profile.signals(),
                        (double) profile.signals() / profile.families(),
                        100 * profile.shareFromTrouble(),
                        100 * profile.shareUrgent(),
                        agencies(profile.signalsByAgency())));
        line(
                out,
                "| %s | %s |",
                "families without trouble",
                f(
                        "%.1f %% have a signal, %.1f %% signals from two or more agencies",
                        100 * profile.untroubledWithSignal(), 100 * profile.untroubledWithTwoAgencies()));
        line(
                out,
                "| %s | %s |",
                "crises before the acute date",
                f(
                        "%.1f %% without any signal, median %d signals, %.1f %% with signals from two or more agencies",
                        100 * profile.crisesWithoutSignal(),
                        profile.medianCrisisSignals(),
                        100 * profile.crisesWithTwoAgencies()));
        line(
                out,
                "| %s | %s |",
                "flagging rules alone (immediate indicator, urgent signal)",
                f("%.2f %% of families", 100 * Measurement.ruleOnlyFlagRate(main.outcomes(), WarningSystem.POOLED)));
        line(out, "");
        line(out, "As deployed (an immediate indicator or an urgent signal flags a family whatever its score):");
        line(out, "");
        header(out);
        for (WarningSystem system : WarningSystem.values()) {
            figures(out, "default threshold", main.at(system, p.threshold()));
        }
        atRates(out, main);
        line(out, "");
        line(out, "The additive score alone (flagging rules ignored), where pooling and the bonus act:");
        line(out, "");
        header(out);
        atRates(out, main.scoreOnly());
        line(out, "");
        byKind(out, main);
        line(out, "");
        line(
                out,
                "| scenario | crises flagged at ≤ %.0f %%: pooled / without bonus / single agency | at ≤ 10 %%: pooled"
                        + " / without bonus / single agency | median lead days at ≤ %.0f %%: pooled / single agency |",
                100 * MAIN_RATE,
                100 * MAIN_RATE);
        line(out, "|---|---|---|---|");
        scenario(out, "as above", main);
        for (Scenario scenario : scenarios) {
            scenario(out, scenario.name(), scenario.run());
        }
        line(out, "");
        seeds(out, main, otherSeeds);
        return out.toString();
    }

    private static void byKind(Formatter out, SimulatedRun run) {
        line(
                out,
                "| crisis kind (flag rate ≤ %.0f %%) | crises | without signal | flagged: pooled / without bonus /"
                        + " single agency | median lead days: pooled / single agency |",
                100 * MAIN_RATE);
        line(out, "|---|---|---|---|---|");
        double[] thresholds = new double[WarningSystem.values().length];
        for (WarningSystem system : WarningSystem.values()) {
            thresholds[system.ordinal()] = Measurement.thresholdForFlagRate(run.outcomes(), system, MAIN_RATE);
        }
        for (CrisisKind kind : CrisisKind.values()) {
            Figures[] figures = new Figures[thresholds.length];
            for (WarningSystem system : WarningSystem.values()) {
                figures[system.ordinal()] = Measurement.at(
                        run.outcomes(),
                        system,
                        thresholds[system.ordinal()],
                        outcome -> outcome.crisis() && outcome.kind() == kind);
            }
            long silent = run.outcomes().stream()
                    .filter(o -> o.crisis() && o.kind() == kind && o.signals() == 0)
                    .count();
            Figures pooled = figures[WarningSystem.POOLED.ordinal()];
            Figures single = figures[WarningSystem.SINGLE_AGENCY.ordinal()];
            line(
                    out,
                    "| %s | %,d | %.1f %% | %.1f %% / %.1f %% / %.1f %% | %d / %d |",
                    kind,
                    pooled.crises(),
                    pooled.crises() == 0 ? 0 : 100.0 * silent / pooled.crises(),
                    100 * pooled.recall(),
                    100 * figures[WarningSystem.POOLED_WITHOUT_BONUS.ordinal()].recall(),
                    100 * single.recall(),
                    pooled.leadDays(50),
                    single.leadDays(50));
        }
    }

    private static void scenario(Formatter out, String name, SimulatedRun run) {
        line(
                out,
                "| %s | %s | %s | %s / %s |",
                name,
                recalls(run, MAIN_RATE),
                recalls(run, 0.10),
                lead(run.atFlagRate(WarningSystem.POOLED, MAIN_RATE)),
                lead(run.atFlagRate(WarningSystem.SINGLE_AGENCY, MAIN_RATE)));
    }

    /** The same region size with other seeds: how much of a difference between the ways of scoring is chance. */
    private static void seeds(Formatter out, SimulatedRun main, List<SimulatedRun> others) {
        line(
                out,
                "| seed | crises | crises flagged at ≤ 10 %%, as deployed: pooled / without bonus / single agency | by the"
                        + " score alone | pooled − single agency: as deployed / score alone |");
        line(out, "|---|---|---|---|---|");
        double deployedSum = 0;
        double scoreSum = 0;
        List<SimulatedRun> runs = new ArrayList<>();
        runs.add(main);
        runs.addAll(others);
        for (SimulatedRun run : runs) {
            double deployed = difference(run, 0.10);
            double score = difference(run.scoreOnly(), 0.10);
            deployedSum += deployed;
            scoreSum += score;
            line(
                    out,
                    "| %d | %,d | %s | %s | %+.1f / %+.1f points |",
                    run.settings().seed(),
                    run.profile().crises(),
                    recalls(run, 0.10),
                    recalls(run.scoreOnly(), 0.10),
                    100 * deployed,
                    100 * score);
        }
        line(
                out,
                "| mean of %d seeds | | | | %+.1f / %+.1f points |",
                runs.size(),
                100 * deployedSum / runs.size(),
                100 * scoreSum / runs.size());
    }

    /** Pooled minus single-agency recall, the pooled one at no more flags than the single-agency one. */
    static double difference(SimulatedRun run, double rate) {
        Figures single = run.atFlagRate(WarningSystem.SINGLE_AGENCY, rate);
        if (single == null) {
            return Double.NaN;
        }
        Figures pooled = run.atFlagRate(WarningSystem.POOLED, single.flagRate());
        return pooled == null ? Double.NaN : pooled.recall() - single.recall();
    }

    private static String recalls(SimulatedRun run, double rate) {
        StringBuilder text = new StringBuilder();
        for (WarningSystem system : WarningSystem.values()) {
            Figures figures = run.atFlagRate(system, rate);
            text.append(text.isEmpty() ? "" : " / ")
                    .append(figures == null ? "–" : f("%.1f %%", 100 * figures.recall()));
        }
        return text.toString();
    }

    private static String lead(@Nullable Figures figures) {
        return figures == null ? "–" : String.valueOf(figures.leadDays(50));
    }

    private static void header(Formatter out) {
        line(
                out,
                "| scoring | threshold | flag rate | false alarms | passing troubles flagged | flagged in trouble"
                        + " | crises flagged before acute | precision | lead days p25 / median / p75 | flagged ≥ 30 days"
                        + " ahead |");
        line(out, "|---|---|---|---|---|---|---|---|---|---|");
    }

    private static void atRates(Formatter out, SimulatedRun run) {
        for (double rate : FLAG_RATES) {
            for (WarningSystem system : WarningSystem.values()) {
                Figures figures = run.atFlagRate(system, rate);
                if (figures == null) {
                    line(
                            out,
                            "| %s, ≤ %.0f %% flagged | unreachable: the flagging rules alone flag %.1f %% | | | | | | | | |",
                            name(system),
                            100 * rate,
                            100 * Measurement.ruleOnlyFlagRate(run.outcomes(), system));
                } else {
                    figures(out, f("≤ %.0f %% flagged", 100 * rate), figures);
                }
            }
        }
    }

    private static void figures(Formatter out, String setting, Figures figures) {
        line(
                out,
                "| %s, %s | %.2f | %.2f %% | %.2f %% | %.1f %% | %.1f %% | **%.1f %%** | %.1f %% | %d / **%d** / %d |"
                        + " %.1f %% |",
                name(figures.system()),
                setting,
                figures.threshold(),
                100 * figures.flagRate(),
                100 * figures.falseAlarmRate(),
                100 * figures.passingTroubleFlagRate(),
                100 * figures.troubledShareOfFlagged(),
                100 * figures.recall(),
                100 * figures.precision(),
                figures.leadDays(25),
                figures.leadDays(50),
                figures.leadDays(75),
                100 * figures.flaggedAhead(30));
    }

    private static String name(WarningSystem system) {
        return switch (system) {
            case POOLED -> "pooled (Rodnik)";
            case POOLED_WITHOUT_BONUS -> "pooled, no multi-agency bonus";
            case SINGLE_AGENCY -> "single agency";
        };
    }

    private static String kinds(Map<CrisisKind, Integer> crises) {
        StringBuilder text = new StringBuilder();
        crises.forEach((kind, n) -> text.append(text.isEmpty() ? "" : ", ").append(f("%s %,d", kind, n)));
        return text.toString();
    }

    private static String agencies(Map<OrganisationKind, Long> byAgency) {
        StringBuilder text = new StringBuilder();
        byAgency.forEach((kind, n) -> text.append(text.isEmpty() ? "" : ", ").append(f("%s %,d", kind.slug(), n)));
        return text.toString();
    }

    private static String f(String format, Object... arguments) {
        return String.format(Locale.ROOT, format, arguments);
    }

    private static void line(Formatter out, String format, Object... arguments) {
        out.format(format, arguments).format("%n");
    }
}
