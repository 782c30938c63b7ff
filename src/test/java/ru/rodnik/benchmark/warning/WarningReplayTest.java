package ru.rodnik.benchmark.warning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import ru.rodnik.directory.OrganisationKind;
import ru.rodnik.earlywarning.Explanation;
import ru.rodnik.earlywarning.ScoredIndicator;
import ru.rodnik.earlywarning.ScoredSignal;
import ru.rodnik.earlywarning.ScoringParameters;
import ru.rodnik.earlywarning.ScoringRules;
import ru.rodnik.synthetic.CrisisSimulator;
import ru.rodnik.synthetic.SignalTimeline;

class WarningReplayTest {

    private static final ScoringParameters DEFAULTS = ScoringParameters.DEFAULTS;
    private static final Instant T0 = Instant.parse("2025-03-03T03:00:00Z");

    @Test
    void noMomentBetweenArrivalsScoresHigherOrFlagsEarlierThanTheArrivalsDo() {
        CrisisSimulator simulator = new CrisisSimulator(CrisisSimulator.Settings.of(37, 400));
        int families = 0;
        int moments = 0;
        for (int i = 0; i < 400; i++) {
            SignalTimeline timeline = simulator.timeline(i);
            if (timeline.signals().isEmpty()) {
                continue;
            }
            families++;
            List<ScoredSignal> signals =
                    timeline.signals().stream().map(WarningReplay::scored).toList();
            FlagHistory history = WarningReplay.pooled(signals, DEFAULTS);
            for (LocalDate day = timeline.signals().get(0).receivedOn();
                    day.isBefore(timeline.until());
                    day = day.plusDays(1)) {
                for (LocalTime time : List.of(LocalTime.of(7, 0), LocalTime.of(13, 0), LocalTime.of(23, 0))) {
                    Instant at = day.atTime(time).toInstant(CrisisSimulator.ZONE);
                    Explanation explanation = ScoringRules.score(signals, at, DEFAULTS);
                    assertThat(explanation.score()).isLessThanOrEqualTo(highestBy(history, at));
                    if (explanation.rules().stream().anyMatch(hit -> hit.rule().flags())) {
                        assertThat(history.ruleFlag()).isNotNull().isBeforeOrEqualTo(at);
                    }
                    moments++;
                }
            }
        }
        assertThat(families).isGreaterThan(100);
        assertThat(moments).isGreaterThan(10_000);
    }

    @Test
    void theSingleAgencyBaselineScoresEachAgencysSignalsAlone() {
        List<ScoredSignal> signals = List.of(
                signal(OrganisationKind.SCHOOL, 0, false, indicator("CHILD_NEGLECT_SIGNS", 5, false)),
                signal(OrganisationKind.CLINIC, 2, false, indicator("TREATMENT_NOT_FOLLOWED", 4, false)));

        FlagHistory pooled = WarningReplay.pooled(signals, DEFAULTS);
        FlagHistory single = WarningReplay.singleAgency(signals, DEFAULTS);

        // 5 decayed over two days, 4, and 3 for the second agency.
        assertThat(pooled.maxScore()).isBetween(11.8, 12.0);
        assertThat(pooled.firstFlag(10)).isEqualTo(T0.plus(Duration.ofDays(2)));
        assertThat(single.maxScore()).isEqualTo(5);
        assertThat(single.firstFlag(10)).isNull();
        assertThat(single.firstFlag(5)).isEqualTo(T0);
    }

    @Test
    void aFlaggingRuleFlagsAtAnyThresholdFromItsMomentOn() {
        List<ScoredSignal> signals = List.of(
                signal(OrganisationKind.POLICE, 0, false, indicator("DOMESTIC_VIOLENCE_CALL", 7, false)),
                signal(OrganisationKind.HOTLINE, 5, true, indicator("CHILD_CRYING_SCREAMING", 5, false)));

        FlagHistory history = WarningReplay.pooled(signals, DEFAULTS);
        FlagHistory scoreOnly = history.withoutRules();

        assertThat(history.ruleFlag()).isEqualTo(T0.plus(Duration.ofDays(5)));
        assertThat(history.firstFlag(1000)).isEqualTo(T0.plus(Duration.ofDays(5)));
        assertThat(history.firstFlag(7)).isEqualTo(T0);
        assertThat(scoreOnly.firstFlag(1000)).isNull();
    }

    @Test
    void theThresholdForAFlagRateFlagsNoMoreThanThatShareAndRulesComeFirst() {
        List<FamilyOutcome> outcomes = new ArrayList<>();
        for (int score = 1; score <= 10; score++) {
            outcomes.add(outcome(score, false));
        }

        double threshold = Measurement.thresholdForFlagRate(outcomes, WarningSystem.POOLED, 0.3);
        assertThat(threshold).isEqualTo(7.01);
        assertThat(Measurement.at(outcomes, WarningSystem.POOLED, threshold).flagRate())
                .isEqualTo(0.3);

        outcomes.set(0, outcome(1, true));
        assertThat(Measurement.thresholdForFlagRate(outcomes, WarningSystem.POOLED, 0.3))
                .isEqualTo(8.01);
        assertThat(Measurement.thresholdForFlagRate(outcomes, WarningSystem.POOLED, 0.05))
                .isInfinite();
    }

    private static FamilyOutcome outcome(double score, boolean rule) {
        FlagHistory history =
                new FlagHistory(rule ? T0 : null, List.of(new FlagHistory.Step(T0.plusSeconds(60), score)));
        return new FamilyOutcome(
                false,
                false,
                false,
                null,
                null,
                1,
                1,
                Map.of(
                        WarningSystem.POOLED, history,
                        WarningSystem.POOLED_WITHOUT_BONUS, history,
                        WarningSystem.SINGLE_AGENCY, history));
    }

    /** The highest score at arrivals up to {@code at}. */
    private static double highestBy(FlagHistory history, Instant at) {
        double highest = 0;
        for (FlagHistory.Step step : history.steps()) {
            if (!step.at().isAfter(at)) {
                highest = step.score();
            }
        }
        return highest;
    }

    private static ScoredSignal signal(
            OrganisationKind agency, int days, boolean urgent, ScoredIndicator... indicators) {
        return new ScoredSignal(UUID.randomUUID(), agency, T0.plus(Duration.ofDays(days)), urgent, List.of(indicators));
    }

    private static ScoredIndicator indicator(String code, int weight, boolean immediate) {
        return new ScoredIndicator(code, weight, immediate, code, code);
    }
}
