package ru.rodnik.synthetic;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import ru.rodnik.synthetic.internal.FamilyComposer;
import ru.rodnik.synthetic.internal.TimelineComposer;

/**
 * Simulates a region's families over a period, day by day, with the signals each agency sends about them, so that
 * early warning can be measured against the truth: which families drift into a crisis and on which day it becomes
 * acute.
 *
 * <p>The model, in short (the numbers and what is assumed are in {@code docs/benchmarks.md}, "Early warning (simulated
 * region)", and beside each table in {@code synthetic/internal}):
 *
 * <ul>
 *   <li>The families are {@link SyntheticRegionGenerator}'s, seen on the last day of the period: the same households,
 *       children with their birth dates (a child born during the period is seen from birth on).
 *   <li>A share of families ({@link Settings#crisisShare()}) drifts into a crisis of one {@link CrisisKind}: a latent
 *       severity rises linearly from 0 at its onset to 1 on its acute date, over three weeks to eighteen months
 *       (median four months). Another share has a trouble that peaks lower and passes; a share lives in lasting
 *       hardship. Each trouble has a visibility shared by all agencies: some families hardly anybody sees.
 *   <li>Each kind of agency (school, kindergarten, clinic, maternity hospital, police, social protection —
 *       which also stands for housing, as there is no housing kind of organisation —, guardianship, hotline for
 *       neighbours, relatives and the child) notices a family on a day with a probability per week: a small background
 *       rate for every family it sees, plus its sensitivity to the trouble's kind times the visibility times the
 *       severity squared. An agency sees a family only through the children it serves: a school sees pupils of 7–17
 *       in term time, a kindergarten the children of 3–6 who attend, the clinic every child (a baby most), the
 *       maternity hospital a newborn's first two weeks.
 *   <li>What it reports are catalogue indicators of its group that fit the children's ages: weak ones in the
 *       background, heavier ones as the severity rises (an indicator's weight may reach {@code 3 + 7 × severity});
 *       immediate ones (a threat to life or health) only near the acute date, and very rarely as a false alarm in the
 *       background.
 *   <li>A report reaches the system after the agency's usual delay (the police and the hotline within days, social
 *       protection and guardianship after weeks); an immediate one on the day or the next.
 * </ul>
 *
 * <p>Family {@code i}'s timeline depends only on the settings and {@code i}: the same settings give the same region in
 * any order, sequential or parallel.
 */
public final class CrisisSimulator {

    /** The simulated region's time zone (the demo region's, Novosibirsk): the day a signal is received in. */
    public static final ZoneOffset ZONE = ZoneOffset.ofHours(7);

    /** The period starts on this day unless the settings name another; two years before the generator's day. */
    public static final LocalDate DEFAULT_START = SyntheticRegionGenerator.DEFAULT_AS_OF.minusDays(730);

    /**
     * @param days length of the period; the families are {@link SyntheticRegionGenerator}'s as seen on the day after it
     *     (with the default start and the same seed, the very families that generator makes)
     * @param crisisShare share of families whose crisis becomes acute within the period
     * @param passingTroubleShare share of families with a trouble that does not become acute (a hard patch)
     * @param hardshipShare share of the other families in lasting hardship (half of the families in trouble are)
     * @param backgroundFactor multiplies every background rate: 2 for a region whose agencies report twice as much
     *     about families without trouble
     * @param sensitivityFactor multiplies every agency's sensitivity to trouble: 0.5 for agencies that notice half as
     *     much
     * @param weightSpan a signal caused by trouble carries indicators of catalogue weight up to
     *     {@code 3 + weightSpan × severity}: 7 lets an agency see the heaviest indicators near the acute date; 3 keeps
     *     every agency to fragments of weight 6 or less (the view early warning is built for)
     */
    public record Settings(
            long seed,
            int families,
            LocalDate start,
            int days,
            double crisisShare,
            double passingTroubleShare,
            double hardshipShare,
            double backgroundFactor,
            double sensitivityFactor,
            double weightSpan) {

        public Settings {
            if (families < 0 || days < 90) {
                throw new IllegalArgumentException("families >= 0 and a period of at least 90 days");
            }
            if (crisisShare < 0 || passingTroubleShare < 0 || crisisShare + passingTroubleShare > 1) {
                throw new IllegalArgumentException("Shares of families in trouble are probabilities summing to <= 1");
            }
            if (hardshipShare < 0
                    || hardshipShare > 1
                    || backgroundFactor < 0
                    || sensitivityFactor < 0
                    || weightSpan < 0
                    || weightSpan > 7) {
                throw new IllegalArgumentException("hardshipShare in [0, 1], factors >= 0, weightSpan in [0, 7]");
            }
        }

        /** Two years to {@link SyntheticRegionGenerator#DEFAULT_AS_OF}; 8 % crises, 10 % passing trouble. */
        public static Settings of(long seed, int families) {
            return new Settings(seed, families, DEFAULT_START, 730, 0.08, 0.10, 0.20, 1, 1, 7);
        }

        public LocalDate end() {
            return start.plusDays(days);
        }

        /** The same period length, ending the day before {@code end} (the families are seen as on {@code end}). */
        public Settings endingOn(LocalDate end) {
            return new Settings(
                    seed,
                    families,
                    end.minusDays(days),
                    days,
                    crisisShare,
                    passingTroubleShare,
                    hardshipShare,
                    backgroundFactor,
                    sensitivityFactor,
                    weightSpan);
        }

        public Settings withCrisisShare(double share) {
            return new Settings(
                    seed,
                    families,
                    start,
                    days,
                    share,
                    passingTroubleShare,
                    hardshipShare,
                    backgroundFactor,
                    sensitivityFactor,
                    weightSpan);
        }

        public Settings withPassingTroubleShare(double share) {
            return new Settings(
                    seed,
                    families,
                    start,
                    days,
                    crisisShare,
                    share,
                    hardshipShare,
                    backgroundFactor,
                    sensitivityFactor,
                    weightSpan);
        }

        public Settings withWeightSpan(double span) {
            return new Settings(
                    seed,
                    families,
                    start,
                    days,
                    crisisShare,
                    passingTroubleShare,
                    hardshipShare,
                    backgroundFactor,
                    sensitivityFactor,
                    span);
        }

        public Settings withBackgroundFactor(double factor) {
            return new Settings(
                    seed,
                    families,
                    start,
                    days,
                    crisisShare,
                    passingTroubleShare,
                    hardshipShare,
                    factor,
                    sensitivityFactor,
                    weightSpan);
        }

        public Settings withSensitivityFactor(double factor) {
            return new Settings(
                    seed,
                    families,
                    start,
                    days,
                    crisisShare,
                    passingTroubleShare,
                    hardshipShare,
                    backgroundFactor,
                    factor,
                    weightSpan);
        }
    }

    private final Settings settings;
    private final FamilyComposer families;
    private final TimelineComposer timelines;

    public CrisisSimulator(Settings settings) {
        this.settings = settings;
        this.families = new FamilyComposer(settings.seed(), settings.end());
        this.timelines = new TimelineComposer(settings);
    }

    public Settings settings() {
        return settings;
    }

    /** Family number {@code index} (0-based) over the period; the same every time it is asked for. */
    public SignalTimeline timeline(int index) {
        return timelines.compose(families.compose(index), index);
    }

    /** All families in order, made as they are consumed; {@code .parallel()} gives the same timelines. */
    public Stream<SignalTimeline> timelines() {
        return IntStream.range(0, settings.families()).mapToObj(this::timeline);
    }
}
