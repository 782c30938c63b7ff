package ru.rodnik.earlywarning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import ru.rodnik.directory.OrganisationKind;

class ScoringRulesTest {

    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    private static final ScoringParameters DEFAULTS = ScoringParameters.DEFAULTS;

    private static final ScoredIndicator HUNGRY = indicator("CHILD_HUNGRY", 4, false);
    private static final ScoredIndicator TREATMENT = indicator("TREATMENT_NOT_FOLLOWED", 4, false);
    private static final ScoredIndicator ABSENCE = indicator("SCHOOL_ABSENCE_LONG", 4, false);
    private static final ScoredIndicator INJURIES = indicator("CHILD_INJURIES_UNEXPLAINED", 8, true);

    @Test
    void signalsFromTwoAgenciesWithinTheWindowCrossTheThresholdAndSayWhy() {
        ScoredSignal school = signal(OrganisationKind.SCHOOL, 10, HUNGRY);
        ScoredSignal clinic = signal(OrganisationKind.CLINIC, 5, TREATMENT);

        Explanation explanation = ScoringRules.score(List.of(school, clinic), NOW, DEFAULTS);

        assertThat(explanation.flagged()).isTrue();
        assertThat(explanation.score()).isGreaterThanOrEqualTo(DEFAULTS.threshold());
        assertThat(explanation.contributions())
                .extracting(Contribution::signalId)
                .containsExactly(school.signalId(), clinic.signalId());
        assertThat(explanation.rules()).singleElement().satisfies(hit -> {
            assertThat(hit.rule()).isEqualTo(ScoringRule.MULTI_AGENCY);
            assertThat(hit.points()).isEqualTo(DEFAULTS.multiAgencyPoints());
            assertThat(hit.agencies()).containsExactly(OrganisationKind.SCHOOL, OrganisationKind.CLINIC);
            assertThat(hit.signals()).containsExactlyInAnyOrder(school.signalId(), clinic.signalId());
        });
        assertThat(explanation.agencies()).containsExactlyInAnyOrder(OrganisationKind.SCHOOL, OrganisationKind.CLINIC);
    }

    @Test
    void oneAgencyAloneWithTheSameIndicatorsStaysBelowTheThreshold() {
        Explanation explanation = ScoringRules.score(
                List.of(signal(OrganisationKind.SCHOOL, 10, HUNGRY), signal(OrganisationKind.SCHOOL, 5, TREATMENT)),
                NOW,
                DEFAULTS);

        assertThat(explanation.flagged()).isFalse();
        assertThat(explanation.score()).isLessThan(DEFAULTS.threshold());
        assertThat(explanation.rules()).isEmpty();
    }

    @Test
    void theScoreIsTheSumOfItsListedPoints() {
        Explanation explanation = ScoringRules.score(
                List.of(
                        signal(OrganisationKind.SCHOOL, 40, HUNGRY, ABSENCE),
                        signal(OrganisationKind.POLICE, 20, HUNGRY),
                        signal(OrganisationKind.CLINIC, 3, TREATMENT)),
                NOW,
                DEFAULTS);

        double listed = explanation.contributions().stream()
                        .mapToDouble(Contribution::points)
                        .sum()
                + explanation.rules().stream().mapToDouble(RuleHit::points).sum();
        assertThat(explanation.score()).isCloseTo(listed, within(0.005));
        assertThat(explanation.contributions())
                .allSatisfy(c -> assertThat(c.points()).isCloseTo(c.weight() * c.decay(), within(0.01)));
    }

    @Test
    void aSignalCountsHalfAfterOneHalfLife() {
        ScoredSignal signal = signal(OrganisationKind.SCHOOL, 0, ABSENCE);
        Instant later = NOW.plus(Duration.ofDays(DEFAULTS.halfLifeDays()));

        double fresh = ScoringRules.score(List.of(signal), NOW, DEFAULTS).score();
        Explanation halved = ScoringRules.score(List.of(signal), later, DEFAULTS);

        assertThat(fresh).isEqualTo(4.0);
        assertThat(halved.score()).isEqualTo(2.0);
        assertThat(halved.contributions())
                .singleElement()
                .satisfies(c -> assertThat(c.decay()).isEqualTo(0.5));
        assertThat(ScoringRules.score(List.of(signal), later.plus(Duration.ofDays(DEFAULTS.halfLifeDays())), DEFAULTS)
                        .score())
                .isEqualTo(1.0);
    }

    @Test
    void aSignalBeyondTheWindowCountsNothing() {
        ScoredSignal old = signal(OrganisationKind.POLICE, DEFAULTS.windowDays() + 1, INJURIES, HUNGRY);
        ScoredSignal recent = signal(OrganisationKind.SCHOOL, 1, ABSENCE);

        Explanation explanation = ScoringRules.score(List.of(old, recent), NOW, DEFAULTS);

        assertThat(explanation.contributions())
                .extracting(Contribution::signalId)
                .containsOnly(recent.signalId());
        assertThat(explanation.rules()).isEmpty();
        assertThat(explanation.score())
                .isEqualTo(ScoringRules.score(List.of(recent), NOW, DEFAULTS).score());
    }

    @Test
    void aSignalNotYetReceivedCountsNothing() {
        ScoredSignal future = new ScoredSignal(
                UUID.randomUUID(), OrganisationKind.SCHOOL, NOW.plusSeconds(60), false, List.of(ABSENCE));

        assertThat(ScoringRules.score(List.of(future), NOW, DEFAULTS).score()).isZero();
    }

    @Test
    void anImmediateIndicatorFlagsTheFamilyWhateverItsScore() {
        ScoredSignal signal = signal(OrganisationKind.SCHOOL, 2, INJURIES);

        Explanation explanation = ScoringRules.score(List.of(signal), NOW, DEFAULTS);

        assertThat(explanation.score()).isLessThan(DEFAULTS.threshold());
        assertThat(explanation.flagged()).isTrue();
        assertThat(explanation.rules()).singleElement().satisfies(hit -> {
            assertThat(hit.rule()).isEqualTo(ScoringRule.IMMEDIATE_INDICATOR);
            assertThat(hit.indicatorCode()).isEqualTo(INJURIES.code());
            assertThat(hit.signals()).containsExactly(signal.signalId());
        });
    }

    @Test
    void anImmediateIndicatorStopsFlaggingOnceItIsOld() {
        ScoredSignal signal = signal(OrganisationKind.SCHOOL, DEFAULTS.immediateWindowDays() + 1, INJURIES);

        Explanation explanation = ScoringRules.score(List.of(signal), NOW, DEFAULTS);

        assertThat(explanation.flagged()).isFalse();
        assertThat(explanation.contributions()).hasSize(1);
    }

    @Test
    void anUrgentSignalFlagsTheFamily() {
        ScoredSignal signal = new ScoredSignal(
                UUID.randomUUID(), OrganisationKind.HOTLINE, NOW.minus(Duration.ofHours(3)), true, List.of(ABSENCE));

        Explanation explanation = ScoringRules.score(List.of(signal), NOW, DEFAULTS);

        assertThat(explanation.flagged()).isTrue();
        assertThat(explanation.rules()).extracting(RuleHit::rule).containsExactly(ScoringRule.URGENT_SIGNAL);
    }

    @Test
    void threeSignalsWithinThirtyDaysArePattern() {
        List<ScoredSignal> three = List.of(
                signal(OrganisationKind.SCHOOL, 25, HUNGRY),
                signal(OrganisationKind.SCHOOL, 12, ABSENCE),
                signal(OrganisationKind.SCHOOL, 1, TREATMENT));

        Explanation explanation = ScoringRules.score(three, NOW, DEFAULTS);

        assertThat(explanation.rules()).singleElement().satisfies(hit -> {
            assertThat(hit.rule()).isEqualTo(ScoringRule.REPEATED_SIGNALS);
            assertThat(hit.count()).isEqualTo(3);
            assertThat(hit.points()).isEqualTo(DEFAULTS.repeatPoints());
        });
        assertThat(ScoringRules.score(three.subList(1, 3), NOW, DEFAULTS).rules())
                .isEmpty();
    }

    @Test
    void theSameIndicatorReportedAgainByAnotherSignalIsPattern() {
        ScoredSignal first = signal(OrganisationKind.SCHOOL, 60, HUNGRY);
        ScoredSignal again = signal(OrganisationKind.SCHOOL, 2, HUNGRY, ABSENCE);

        Explanation explanation = ScoringRules.score(List.of(first, again), NOW, DEFAULTS);

        assertThat(explanation.rules()).singleElement().satisfies(hit -> {
            assertThat(hit.rule()).isEqualTo(ScoringRule.REPEATED_INDICATOR);
            assertThat(hit.indicatorCode()).isEqualTo(HUNGRY.code());
            assertThat(hit.labelRu()).isEqualTo(HUNGRY.labelRu());
            assertThat(hit.signals()).containsExactly(first.signalId(), again.signalId());
        });
    }

    @Test
    void moreKindsOfAgencyAddMore() {
        double two = multiAgencyPoints(OrganisationKind.SCHOOL, OrganisationKind.CLINIC);
        double three = multiAgencyPoints(OrganisationKind.SCHOOL, OrganisationKind.CLINIC, OrganisationKind.POLICE);

        assertThat(three).isGreaterThan(two);
        assertThat(three).isEqualTo(2 * DEFAULTS.multiAgencyPoints());
    }

    @Test
    void agenciesOutsideTheMultiAgencyWindowDoNotAddTheBonus() {
        Explanation explanation = ScoringRules.score(
                List.of(
                        signal(OrganisationKind.SCHOOL, DEFAULTS.multiAgencyWindowDays() + 5, HUNGRY),
                        signal(OrganisationKind.CLINIC, 1, TREATMENT)),
                NOW,
                DEFAULTS);

        assertThat(explanation.rules()).isEmpty();
        assertThat(explanation.contributions()).hasSize(2);
    }

    @Test
    void theSameSignalTwiceCountsOnce() {
        ScoredSignal signal = signal(OrganisationKind.SCHOOL, 3, HUNGRY, ABSENCE);

        assertThat(ScoringRules.score(List.of(signal, signal), NOW, DEFAULTS))
                .isEqualTo(ScoringRules.score(List.of(signal), NOW, DEFAULTS));
    }

    @Test
    void anIndicatorAboutAParentsDisabilityIsNeverScored() {
        ScoredIndicator disability = indicator("PARENT_DISABILITY_UNSUPPORTED", 3, false);

        Explanation explanation =
                ScoringRules.score(List.of(signal(OrganisationKind.SOCIAL_PROTECTION, 1, disability)), NOW, DEFAULTS);

        assertThat(explanation.score()).isZero();
        assertThat(explanation.contributions()).isEmpty();
    }

    @Test
    void regionParametersChangeTheResult() {
        ScoringParameters strict = new ScoringParameters(30, 180, 5, 60, 2, 14, 3, 2, 60, 1, 14);
        List<ScoredSignal> signals = List.of(signal(OrganisationKind.SCHOOL, 30, HUNGRY, ABSENCE));

        assertThat(ScoringRules.score(signals, NOW, strict).score()).isEqualTo(4.0);
        assertThat(ScoringRules.score(signals, NOW, DEFAULTS).flagged()).isFalse();
        assertThat(ScoringRules.score(signals, NOW, strict).flagged()).isFalse();
        assertThat(ScoringRules.score(List.of(signal(OrganisationKind.SCHOOL, 0, HUNGRY, ABSENCE)), NOW, strict)
                        .flagged())
                .isTrue();
    }

    /**
     * The inputs hold agency kinds, dates, urgency and indicator codes with weights, nothing about who the family is.
     * Adding a component (a nationality, a language, a parent's health) must be a deliberate change of this test and
     * of the documentation that promises otherwise.
     */
    @Test
    void theInputsCarryNothingAboutWhoTheFamilyIs() {
        assertThat(components(ScoredSignal.class))
                .containsExactly("signalId", "agency", "receivedAt", "urgent", "indicators");
        assertThat(components(ScoredIndicator.class))
                .containsExactly("code", "weight", "immediate", "labelRu", "labelEn");
    }

    private static double multiAgencyPoints(OrganisationKind... agencies) {
        List<ScoredSignal> signals = Arrays.stream(agencies)
                .map(agency -> signal(agency, 1, indicator("X_" + agency, 1, false)))
                .toList();
        return ScoringRules.score(signals, NOW, DEFAULTS).rules().stream()
                .filter(hit -> hit.rule() == ScoringRule.MULTI_AGENCY)
                .mapToDouble(RuleHit::points)
                .sum();
    }

    private static List<String> components(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents())
                .map(RecordComponent::getName)
                .toList();
    }

    private static ScoredSignal signal(OrganisationKind agency, int daysAgo, ScoredIndicator... indicators) {
        return new ScoredSignal(
                UUID.randomUUID(), agency, NOW.minus(Duration.ofDays(daysAgo)), false, List.of(indicators));
    }

    private static ScoredIndicator indicator(String code, int weight, boolean immediate) {
        return new ScoredIndicator(code, weight, immediate, "признак " + code, "indicator " + code);
    }
}
