package ru.rodnik.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.rodnik.benchmark.warning.SimulatedRun;
import ru.rodnik.benchmark.warning.WarningResults;
import ru.rodnik.earlywarning.ScoringParameters;
import ru.rodnik.synthetic.CrisisSimulator;

/**
 * The early-warning measurement of the early-warning issue on a simulated region, run with
 * {@code mvn -o -Pbenchmark verify -Dtest=EarlyWarningSimulationBenchmark} and never by the normal build. It asserts
 * nothing; it prints one results block, also written to {@code target/earlywarning-benchmark.txt}, for
 * {@code docs/benchmarks.md}.
 *
 * <p>A region is simulated with {@link CrisisSimulator} (a seed no test uses) and every family's signals are replayed
 * through {@code ScoringRules} with the default parameters, three ways: all agencies pooled (Rodnik), pooled without
 * the multi-agency bonus, and each agency alone (the baseline). Figures at the default threshold and at the
 * thresholds that flag 2, 5 and 10 % of families; then the same region with twice the background noise, with half the
 * agencies' sensitivity, and with both.
 *
 * <p>Sizes: {@code -Dwarning.seed} (default 606060), {@code -Dwarning.families} (default 20000).
 */
class EarlyWarningSimulationBenchmark {

    private static final Path RESULTS = Path.of("target/earlywarning-benchmark.txt");

    @Test
    void earlyWarningOnASimulatedRegion() throws IOException {
        long seed = Long.getLong("warning.seed", 606_060L);
        int families = Integer.getInteger("warning.families", 20_000);
        CrisisSimulator.Settings settings = CrisisSimulator.Settings.of(seed, families);
        ScoringParameters parameters = ScoringParameters.DEFAULTS;
        SimulatedRun main = SimulatedRun.of(settings, parameters);
        List<WarningResults.Scenario> scenarios = List.of(
                scenario("background ×0.5", settings.withBackgroundFactor(0.5), parameters),
                scenario("background ×2", settings.withBackgroundFactor(2), parameters),
                scenario("sensitivity ×0.5", settings.withSensitivityFactor(0.5), parameters),
                scenario("no passing troubles", settings.withPassingTroubleShare(0), parameters),
                scenario("fragments only (weight span 3)", settings.withWeightSpan(3), parameters));
        List<SimulatedRun> otherSeeds = new ArrayList<>();
        for (long other = seed + 1; other <= seed + 4; other++) {
            otherSeeds.add(SimulatedRun.of(CrisisSimulator.Settings.of(other, families), parameters));
        }
        String block = WarningResults.write(main, scenarios, otherSeeds);
        System.out.println(block);
        Files.createDirectories(RESULTS.getParent());
        Files.writeString(RESULTS, block);
    }

    private static WarningResults.Scenario scenario(
            String name, CrisisSimulator.Settings settings, ScoringParameters parameters) {
        return new WarningResults.Scenario(name, SimulatedRun.of(settings, parameters));
    }
}
