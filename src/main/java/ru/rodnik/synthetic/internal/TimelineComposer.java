package ru.rodnik.synthetic.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import ru.rodnik.synthetic.CrisisKind;
import ru.rodnik.synthetic.CrisisSimulator;
import ru.rodnik.synthetic.FamilyTruth;
import ru.rodnik.synthetic.FamilyTruth.Trouble;
import ru.rodnik.synthetic.SignalTimeline;
import ru.rodnik.synthetic.SimulatedIndicator;
import ru.rodnik.synthetic.SimulatedSignal;
import ru.rodnik.synthetic.SyntheticFamily;

/**
 * Makes one family's {@link SignalTimeline}: draws what happens to it (crisis, passing trouble, hardship), then walks
 * the period day by day and lets each agency notice it, pick indicators and report after its delay. Draws from a
 * random stream of its own per family, apart from the streams that made the family.
 *
 * <p>Numbers of the model beside those of {@link SignalAgency} and {@code synthetic/agency-indicators.tsv}:
 *
 * <ul>
 *   <li>A crisis becomes acute on a day drawn evenly from the 61st day of the period to its last; its onset lies
 *       before that by a log-normal number of days (median 120, σ 0.6, between 21 and 540); the severity rises
 *       linearly from onset to acute, and a signal received on the acute day or later is dropped (observation ends).
 *       Kinds: neglect 45, violence 25, poverty 15, adolescent 15 (only with a child of 12 or older on the acute day).
 *   <li>A passing trouble peaks on a day of the period at a severity drawn evenly from 0.3 to 0.8, after a rise and
 *       before a fall of a log-normal number of days each (median 75, σ 0.5, between 14 and 240).
 *   <li>A trouble's visibility is log-normal (median 1, σ 0.7, between 0.1 and 4).
 *   <li>Half of the families in trouble live in hardship, and {@code hardshipShare} of the others.
 *   <li>A signal caused by trouble carries 1 indicator, a second with chance {@code 0.25 + 0.35 × severity} and a third
 *       with {@code 0.1 + 0.2 × severity}; indicators typical of the trouble's kind are picked three times as often as
 *       the agency's others (at 0.5); weight at most {@code 3 + weightSpan × severity} (default 7); an immediate one only from severity 0.7,
 *       at half the chance. A background signal carries one indicator (two with chance 0.15) by the table's
 *       background column.
 *   <li>A signal is urgent when an indicator is immediate, otherwise with chance {@code 0.05 × severity} when caused
 *       by trouble and 0.002 in the background. It arrives between 08:00 and 18:00 of its day.
 * </ul>
 */
public final class TimelineComposer {

    private static final int FIRST_ACUTE_DAY = 60;
    private static final double THEMED = 3;
    private static final double UNTHEMED = 0.5;
    private static final double IMMEDIATE_FROM = 0.7;
    private static final double TROUBLE_HARDSHIP = 0.5;
    private static final SignalAgency[] AGENCIES = SignalAgency.values();

    private final CrisisSimulator.Settings settings;
    private final IndicatorTable table;

    public TimelineComposer(CrisisSimulator.Settings settings) {
        this.settings = settings;
        this.table = IndicatorTable.standard();
    }

    public SignalTimeline compose(SyntheticFamily family, int index) {
        return new Composition(family, Seeds.random(settings.seed(), index, Seeds.SIGNALS)).timeline();
    }

    /** The work of simulating one family; lives as long as that. */
    private final class Composition {
        private final SyntheticFamily family;
        private final SplittableRandom random;
        private final FamilyDay day;
        private final List<SimulatedSignal> signals = new ArrayList<>();

        Composition(SyntheticFamily family, SplittableRandom random) {
            this.family = family;
            this.random = random;
            this.day = new FamilyDay(family, random);
        }

        SignalTimeline timeline() {
            FamilyTruth truth = truth();
            LocalDate until = truth.crisis() ? truth.acuteOn() : settings.end();
            Trouble trouble = truth.trouble();
            for (long epochDay = settings.start().toEpochDay(); epochDay < until.toEpochDay(); epochDay++) {
                day.moveTo(epochDay);
                if (day.present() == 0) {
                    continue;
                }
                LocalDate date = LocalDate.ofEpochDay(epochDay);
                double severity = trouble == null ? 0 : trouble.severityOn(date);
                for (SignalAgency agency : AGENCIES) {
                    notice(agency, date, truth, severity, until);
                }
            }
            signals.sort(Comparator.comparing(SimulatedSignal::receivedAt).thenComparing(SimulatedSignal::signalId));
            return new SignalTimeline(family, truth, settings.start(), until, signals);
        }

        private void notice(SignalAgency agency, LocalDate date, FamilyTruth truth, double severity, LocalDate until) {
            double exposure = agency.exposure(day, date);
            if (exposure <= 0) {
                return;
            }
            double background = agency.background
                    * exposure
                    * settings.backgroundFactor()
                    * (truth.hardship() ? agency.hardshipFactor : 1);
            Trouble trouble = truth.trouble();
            double troubled = trouble == null || severity <= 0
                    ? 0
                    : agency.sensitivity
                            * exposure
                            * agency.affinity(trouble.kind())
                            * trouble.visibility()
                            * settings.sensitivityFactor()
                            * severity
                            * severity;
            double rate = background + troubled;
            if (rate <= 0 || random.nextDouble() * 7 >= rate) {
                return;
            }
            boolean fromTrouble = random.nextDouble() * rate < troubled;
            SimulatedSignal signal = fromTrouble
                    ? signal(agency, date, severity, trouble.kind(), true)
                    : signal(agency, date, 0, null, false);
            if (signal != null && signal.receivedOn().isBefore(until)) {
                signals.add(signal);
            }
        }

        private @Nullable SimulatedSignal signal(
                SignalAgency agency, LocalDate date, double severity, @Nullable CrisisKind kind, boolean fromTrouble) {
            List<IndicatorTable.Row> rows = new ArrayList<>();
            for (IndicatorTable.Row row : table.rows(agency.kind)) {
                if (day.satisfies(row.requires(), date)
                        && (!row.aboutChild() || !day.childrenFor(row, agency).isEmpty())) {
                    rows.add(row);
                }
            }
            double[] weights = new double[rows.size()];
            for (int i = 0; i < weights.length; i++) {
                weights[i] = kind == null ? rows.get(i).background() : troubleWeight(rows.get(i), severity, kind);
            }
            int first = pick(weights);
            if (first < 0) {
                return null;
            }
            int wanted = fromTrouble
                    ? 1
                            + (random.nextDouble() < 0.25 + 0.35 * severity ? 1 : 0)
                            + (random.nextDouble() < 0.1 + 0.2 * severity ? 1 : 0)
                    : random.nextDouble() < 0.15 ? 2 : 1;
            int child = -1;
            List<SimulatedIndicator> indicators = new ArrayList<>(wanted);
            int next = first;
            while (next >= 0) {
                IndicatorTable.Row row = rows.get(next);
                if (row.aboutChild() && child < 0) {
                    List<Integer> fit = day.childrenFor(row, agency);
                    child = fit.get(random.nextInt(fit.size()));
                }
                indicators.add(row.indicator());
                // The same code, and rows about another child than the one chosen, cannot be picked again.
                for (int i = 0; i < weights.length; i++) {
                    IndicatorTable.Row other = rows.get(i);
                    if (other.indicator().code().equals(row.indicator().code())
                            || (other.aboutChild() && child >= 0 && !day.fitsChild(other, agency, child))) {
                        weights[i] = 0;
                    }
                }
                next = indicators.size() < wanted ? pick(weights) : -1;
            }
            boolean immediate = indicators.stream().anyMatch(SimulatedIndicator::immediate);
            boolean urgent = immediate || random.nextDouble() < (fromTrouble ? 0.05 * severity : 0.002);
            LocalDate receivedOn = date.plusDays(agency.delay(immediate, random));
            Instant receivedAt =
                    receivedOn.atTime(8, 0).plusMinutes(random.nextInt(600)).toInstant(CrisisSimulator.ZONE);
            UUID id = Seeds.uuid(random);
            return new SimulatedSignal(
                    id,
                    agency.kind,
                    date,
                    receivedAt,
                    urgent,
                    indicators,
                    child < 0 ? null : day.childId(child),
                    fromTrouble,
                    severity);
        }

        private double troubleWeight(IndicatorTable.Row row, double severity, CrisisKind kind) {
            SimulatedIndicator indicator = row.indicator();
            if (indicator.weight() > 3 + settings.weightSpan() * severity
                    || (indicator.immediate() && severity < IMMEDIATE_FROM)) {
                return 0;
            }
            double weight = row.themes().contains(kind) ? THEMED : UNTHEMED;
            return indicator.immediate() ? weight / 2 : weight;
        }

        /** An index drawn by weight, or -1 when all weights are zero. */
        private int pick(double[] weights) {
            double sum = 0;
            for (double weight : weights) {
                sum += weight;
            }
            if (sum <= 0) {
                return -1;
            }
            double target = random.nextDouble() * sum;
            for (int i = 0; i < weights.length; i++) {
                target -= weights[i];
                if (target < 0 && weights[i] > 0) {
                    return i;
                }
            }
            for (int i = weights.length - 1; i >= 0; i--) {
                if (weights[i] > 0) {
                    return i;
                }
            }
            return -1;
        }

        private FamilyTruth truth() {
            double draw = random.nextDouble();
            Trouble trouble = null;
            if (draw < settings.crisisShare()) {
                trouble = crisis();
            } else if (draw < settings.crisisShare() + settings.passingTroubleShare()) {
                trouble = passing();
            }
            boolean hardship = random.nextDouble() < (trouble != null ? TROUBLE_HARDSHIP : settings.hardshipShare());
            return new FamilyTruth(hardship, trouble);
        }

        private Trouble crisis() {
            LocalDate acute =
                    settings.start().plusDays(FIRST_ACUTE_DAY + random.nextInt(settings.days() - FIRST_ACUTE_DAY));
            LocalDate onset = acute.minusDays(logNormalDays(120, 0.6, 21, 540));
            return new Trouble(kind(acute), onset, acute, acute, 1, true, visibility());
        }

        private Trouble passing() {
            LocalDate peak = settings.start().plusDays(random.nextInt(settings.days()));
            LocalDate start = peak.minusDays(logNormalDays(75, 0.5, 14, 240));
            LocalDate end = peak.plusDays(logNormalDays(75, 0.5, 14, 240));
            double severity = 0.3 + 0.5 * random.nextDouble();
            return new Trouble(kind(peak), start, peak, end, severity, false, visibility());
        }

        private CrisisKind kind(LocalDate on) {
            boolean teenager = false;
            for (SyntheticFamily.Member member : family.members()) {
                if (member.role() == SyntheticFamily.Role.CHILD
                        && !member.person().birthDate().isAfter(on.minusYears(12))) {
                    teenager = true;
                }
            }
            double draw = random.nextDouble() * (teenager ? 100 : 85);
            if (draw < 45) {
                return CrisisKind.NEGLECT;
            }
            if (draw < 70) {
                return CrisisKind.VIOLENCE;
            }
            return draw < 85 ? CrisisKind.POVERTY : CrisisKind.ADOLESCENT;
        }

        private double visibility() {
            return Math.max(0.1, Math.min(4, Math.exp(0.7 * random.nextGaussian())));
        }

        private long logNormalDays(double median, double sigma, long min, long max) {
            long days = Math.round(median * Math.exp(sigma * random.nextGaussian()));
            return Math.max(min, Math.min(max, days));
        }
    }
}
