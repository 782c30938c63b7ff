package ru.rodnik.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import ru.rodnik.synthetic.internal.FamilyComposer;
import ru.rodnik.synthetic.internal.ReportComposer;

/**
 * Builds a synthetic region: families of the demo region's territories with Russian names, and the reports agencies
 * send about their members, each with its ground truth.
 *
 * <p>Family {@code i} depends only on the seed, {@code asOf} and {@code i}: the same settings give the same region on
 * any machine, in any order, sequential or parallel, and a region of a million persons can be streamed into a
 * benchmark without being held. Reports draw from a stream of their own, so changing the noise keeps the families.
 * An average family has about 3.4 members; a million persons is about 295,000 families.
 */
public final class SyntheticRegionGenerator {

    /** Ages are measured on this day unless the settings name another, so that output never depends on the clock. */
    public static final LocalDate DEFAULT_AS_OF = LocalDate.of(2026, 6, 1);

    /** The seed of the demo region's families: the demo registry and the demo signals name the same people. */
    public static final long DEMO_SEED = 50_000_000L;

    /**
     * @param families how many families; every one has at least one child under 18 on {@code asOf}
     * @param asOf the day the region is seen on: ages, and reports dated within the two years before it
     */
    public record Settings(
            long seed, int families, LocalDate asOf, ReportsPerPerson reportsPerPerson, NoiseRates noise) {

        public Settings {
            if (families < 0) {
                throw new IllegalArgumentException("families must not be negative");
            }
        }

        public static Settings of(long seed, int families) {
            return new Settings(seed, families, DEFAULT_AS_OF, ReportsPerPerson.defaults(), NoiseRates.defaults());
        }

        public Settings withAsOf(LocalDate date) {
            return new Settings(seed, families, date, reportsPerPerson, noise);
        }

        public Settings withReportsPerPerson(ReportsPerPerson counts) {
            return new Settings(seed, families, asOf, counts, noise);
        }

        public Settings withNoise(NoiseRates rates) {
            return new Settings(seed, families, asOf, reportsPerPerson, rates);
        }
    }

    private final Settings settings;
    private final FamilyComposer familyComposer;
    private final ReportComposer reportComposer;

    public SyntheticRegionGenerator(Settings settings) {
        this.settings = settings;
        this.familyComposer = new FamilyComposer(settings.seed(), settings.asOf());
        this.reportComposer =
                new ReportComposer(settings.seed(), settings.asOf(), settings.reportsPerPerson(), settings.noise());
    }

    public Settings settings() {
        return settings;
    }

    /** Family number {@code index} (0-based) with its reports; the same every time it is asked for. */
    public GeneratedFamily family(int index) {
        SyntheticFamily family = familyComposer.compose(index);
        return new GeneratedFamily(family, reportComposer.reportsAbout(family, index));
    }

    /** All families in order, made as they are consumed; {@code .parallel()} gives the same families. */
    public Stream<GeneratedFamily> families() {
        return IntStream.range(0, settings.families()).mapToObj(this::family);
    }

    /** The whole region in memory (a million persons with their reports take about 500 MB of heap). */
    public SyntheticRegion generate() {
        List<SyntheticFamily> families = new ArrayList<>(settings.families());
        List<SyntheticPerson> persons = new ArrayList<>(settings.families() * 4);
        List<SyntheticReport> reports = new ArrayList<>(settings.families() * 3);
        families().forEachOrdered(generated -> {
            families.add(generated.family());
            persons.addAll(generated.persons());
            reports.addAll(generated.reports());
        });
        return new SyntheticRegion(
                Collections.unmodifiableList(families),
                Collections.unmodifiableList(persons),
                Collections.unmodifiableList(reports));
    }
}
