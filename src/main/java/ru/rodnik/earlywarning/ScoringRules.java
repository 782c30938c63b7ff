package ru.rodnik.earlywarning;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import ru.rodnik.directory.OrganisationKind;

/**
 * The early-warning score of one family: transparent additive rules over its recent signals, so that a screener can
 * check every point (ADR 0008).
 *
 * <ol>
 *   <li>Each indicator of each signal received within {@link ScoringParameters#windowDays()} adds
 *       {@code weight × 0.5^(age / halfLife)}: a signal's points halve every half-life, so scores fall with time when
 *       nothing new arrives. Older signals count nothing.
 *   <li>{@link ScoringRule#MULTI_AGENCY}: signals from {@code k ≥ 2} kinds of agency within the multi-agency window add
 *       {@code (k − 1) × multiAgencyPoints}.
 *   <li>{@link ScoringRule#REPEATED_SIGNALS}: {@code repeatCount} or more signals within the repeat window add
 *       {@code repeatPoints}.
 *   <li>{@link ScoringRule#REPEATED_INDICATOR}: each indicator reported by two or more signals within its window adds
 *       {@code repeatedIndicatorPoints}.
 *   <li>{@link ScoringRule#IMMEDIATE_INDICATOR}, {@link ScoringRule#URGENT_SIGNAL}: a recent indicator that alone means
 *       a threat to a child's life or health, or a signal reported as urgent, flags the family whatever its score.
 *   <li>A family is flagged when its score reaches the region's threshold or a flagging rule fired.
 * </ol>
 *
 * <p>What can never be an input: the only input is {@link ScoredSignal} — a kind of agency, a date, an urgency flag and
 * indicator codes with their catalogue weights. No name, age, sex, address, nationality, ethnicity, language,
 * religion, citizenship or health of a parent reaches this class, so the score cannot depend on any of them. The
 * catalogue's indicators that describe a trait of the parents rather than what happens to the child are listed in
 * {@link #NEVER_SCORED} and count nothing, even if a caller passes them.
 *
 * <p>Pure and deterministic: no Spring, no database, no clock. A simulator can call {@link #score} with generated
 * signals at any moment to measure lead time. Signals received after {@code at} are not yet known and count nothing;
 * the same signal passed twice counts once.
 */
public final class ScoringRules {

    /**
     * Indicator codes that describe a protected trait of a parent (here: a parent's disability) and are therefore
     * never scored. The need they describe is still seen by the screener on the signal itself.
     */
    public static final Set<String> NEVER_SCORED = Set.of("PARENT_DISABILITY_UNSUPPORTED");

    private static final double SECONDS_PER_DAY = 86_400;

    private ScoringRules() {}

    public static boolean isScored(String indicatorCode) {
        return !NEVER_SCORED.contains(indicatorCode);
    }

    public static Explanation score(List<ScoredSignal> signals, Instant at, ScoringParameters parameters) {
        List<ScoredSignal> counted = known(signals, at, parameters.windowDays());
        List<Contribution> contributions = new ArrayList<>();
        for (ScoredSignal signal : counted) {
            double decay = Math.pow(0.5, ageInDays(signal, at) / parameters.halfLifeDays());
            for (ScoredIndicator indicator : scoredIndicators(signal)) {
                contributions.add(new Contribution(
                        signal.signalId(),
                        signal.receivedAt(),
                        signal.agency(),
                        indicator.code(),
                        indicator.labelRu(),
                        indicator.labelEn(),
                        indicator.weight(),
                        Math.round(decay * 1000) / 1000.0,
                        hundredths(indicator.weight() * decay)));
            }
        }
        List<RuleHit> rules = new ArrayList<>();
        multiAgency(counted, at, parameters, rules);
        repeatedSignals(counted, at, parameters, rules);
        repeatedIndicators(counted, at, parameters, rules);
        immediate(counted, at, parameters, rules);
        double total = hundredths(
                contributions.stream().mapToDouble(Contribution::points).sum()
                        + rules.stream().mapToDouble(RuleHit::points).sum());
        boolean flagged = total >= parameters.threshold()
                || rules.stream().anyMatch(hit -> hit.rule().flags());
        return new Explanation(at, total, flagged, parameters, contributions, rules);
    }

    /** Signals already received and within the window, each once, oldest first. */
    private static List<ScoredSignal> known(List<ScoredSignal> signals, Instant at, int windowDays) {
        Map<UUID, ScoredSignal> once = new LinkedHashMap<>();
        for (ScoredSignal signal : signals) {
            if (!signal.receivedAt().isAfter(at) && ageInDays(signal, at) <= windowDays) {
                once.putIfAbsent(signal.signalId(), signal);
            }
        }
        return once.values().stream()
                .sorted(Comparator.comparing(ScoredSignal::receivedAt).thenComparing(ScoredSignal::signalId))
                .toList();
    }

    private static void multiAgency(List<ScoredSignal> signals, Instant at, ScoringParameters p, List<RuleHit> hits) {
        List<ScoredSignal> recent = within(signals, at, p.multiAgencyWindowDays());
        Set<OrganisationKind> agencies = EnumSet.noneOf(OrganisationKind.class);
        recent.forEach(signal -> agencies.add(signal.agency()));
        if (agencies.size() >= 2) {
            hits.add(new RuleHit(
                    ScoringRule.MULTI_AGENCY,
                    hundredths((agencies.size() - 1) * p.multiAgencyPoints()),
                    agencies.size(),
                    p.multiAgencyWindowDays(),
                    ids(recent),
                    List.copyOf(agencies),
                    null,
                    null,
                    null));
        }
    }

    private static void repeatedSignals(
            List<ScoredSignal> signals, Instant at, ScoringParameters p, List<RuleHit> hits) {
        List<ScoredSignal> recent = within(signals, at, p.repeatWindowDays());
        if (recent.size() >= p.repeatCount()) {
            hits.add(new RuleHit(
                    ScoringRule.REPEATED_SIGNALS,
                    hundredths(p.repeatPoints()),
                    recent.size(),
                    p.repeatWindowDays(),
                    ids(recent),
                    agenciesOf(recent),
                    null,
                    null,
                    null));
        }
    }

    private static void repeatedIndicators(
            List<ScoredSignal> signals, Instant at, ScoringParameters p, List<RuleHit> hits) {
        Map<String, List<ScoredSignal>> byCode = new LinkedHashMap<>();
        Map<String, ScoredIndicator> latest = new LinkedHashMap<>();
        for (ScoredSignal signal : within(signals, at, p.repeatedIndicatorWindowDays())) {
            for (ScoredIndicator indicator : scoredIndicators(signal)) {
                byCode.computeIfAbsent(indicator.code(), code -> new ArrayList<>())
                        .add(signal);
                latest.put(indicator.code(), indicator);
            }
        }
        byCode.forEach((code, reporting) -> {
            if (reporting.size() >= 2) {
                ScoredIndicator indicator = latest.get(code);
                hits.add(new RuleHit(
                        ScoringRule.REPEATED_INDICATOR,
                        hundredths(p.repeatedIndicatorPoints()),
                        reporting.size(),
                        p.repeatedIndicatorWindowDays(),
                        ids(reporting),
                        agenciesOf(reporting),
                        code,
                        indicator.labelRu(),
                        indicator.labelEn()));
            }
        });
    }

    private static void immediate(List<ScoredSignal> signals, Instant at, ScoringParameters p, List<RuleHit> hits) {
        for (ScoredSignal signal : within(signals, at, p.immediateWindowDays())) {
            List<ScoredIndicator> immediate = scoredIndicators(signal).stream()
                    .filter(ScoredIndicator::immediate)
                    .toList();
            for (ScoredIndicator indicator : immediate) {
                hits.add(new RuleHit(
                        ScoringRule.IMMEDIATE_INDICATOR,
                        0,
                        1,
                        p.immediateWindowDays(),
                        List.of(signal.signalId()),
                        List.of(signal.agency()),
                        indicator.code(),
                        indicator.labelRu(),
                        indicator.labelEn()));
            }
            if (immediate.isEmpty() && signal.urgent()) {
                hits.add(new RuleHit(
                        ScoringRule.URGENT_SIGNAL,
                        0,
                        1,
                        p.immediateWindowDays(),
                        List.of(signal.signalId()),
                        List.of(signal.agency()),
                        null,
                        null,
                        null));
            }
        }
    }

    private static List<ScoredIndicator> scoredIndicators(ScoredSignal signal) {
        Map<String, ScoredIndicator> once = new LinkedHashMap<>();
        for (ScoredIndicator indicator : signal.indicators()) {
            if (isScored(indicator.code())) {
                once.putIfAbsent(indicator.code(), indicator);
            }
        }
        return List.copyOf(once.values());
    }

    private static List<ScoredSignal> within(List<ScoredSignal> signals, Instant at, int days) {
        return signals.stream().filter(signal -> ageInDays(signal, at) <= days).toList();
    }

    private static List<UUID> ids(List<ScoredSignal> signals) {
        return signals.stream().map(ScoredSignal::signalId).distinct().toList();
    }

    private static List<OrganisationKind> agenciesOf(List<ScoredSignal> signals) {
        Set<OrganisationKind> agencies = EnumSet.noneOf(OrganisationKind.class);
        signals.forEach(signal -> agencies.add(signal.agency()));
        return List.copyOf(agencies);
    }

    private static double ageInDays(ScoredSignal signal, Instant at) {
        return Duration.between(signal.receivedAt(), at).toMillis() / 1000.0 / SECONDS_PER_DAY;
    }

    private static double hundredths(double points) {
        return Math.round(points * 100) / 100.0;
    }
}
