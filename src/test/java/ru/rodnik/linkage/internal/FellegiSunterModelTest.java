package ru.rodnik.linkage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import ru.rodnik.linkage.MatchDecision;
import ru.rodnik.linkage.MatchEvidence;
import ru.rodnik.linkage.MatchOutcome;

class FellegiSunterModelTest {

    /** Every feature MISSING: the neutral vector that single levels are set into. */
    private static final FeatureLevel[] NOTHING = {
        SurnameLevel.MISSING,
        GivenNameLevel.MISSING,
        PatronymicLevel.MISSING,
        BirthDateLevel.MISSING,
        SnilsLevel.MISSING,
        BirthCertificateLevel.MISSING,
        SexLevel.MISSING,
        PlaceLevel.MISSING,
        FamilyLevel.NOT_APPLICABLE
    };

    private final MatchWeights defaults = MatchWeights.defaults();

    private static ComparisonVector with(FeatureLevel... levels) {
        FeatureLevel[] vector = NOTHING.clone();
        for (FeatureLevel level : levels) {
            vector[level.feature().ordinal()] = level;
        }
        return ComparisonVector.of(vector);
    }

    @Test
    void aWeightIsLog2OfMOverU() {
        for (Feature feature : Feature.ALL) {
            for (FeatureLevel level : feature.levels()) {
                if (level.carriesEvidence()) {
                    double expected = Math.log(defaults.m(level) / defaults.u(level)) / Math.log(2);
                    assertThat(defaults.weight(level)).as(level.toString()).isCloseTo(expected, within(0.005));
                }
            }
        }
        assertThat(defaults.weight(SurnameLevel.EXACT)).isCloseTo(10.07, within(0.005));
        assertThat(defaults.weight(SnilsLevel.DIFFERENT)).isCloseTo(-7.64, within(0.005));
    }

    @Test
    void missingAndNotApplicableWeighNothing() {
        for (FeatureLevel level : NOTHING) {
            assertThat(defaults.weight(level)).isZero();
        }
        assertThat(new FellegiSunterModel(defaults, Thresholds.DEFAULT).score(with()))
                .isZero();
    }

    @Test
    void theScoreIsTheSumOfTheWeightsAndTheExplanationShowsEachOfThem() {
        FellegiSunterModel model = new FellegiSunterModel(defaults, Thresholds.DEFAULT);
        ComparisonVector vector = with(SurnameLevel.EXACT, GivenNameLevel.VARIANT, BirthDateLevel.ONE_DIGIT);

        MatchDecision decision = model.decide(vector);

        double expected = defaults.weight(SurnameLevel.EXACT)
                + defaults.weight(GivenNameLevel.VARIANT)
                + defaults.weight(BirthDateLevel.ONE_DIGIT);
        assertThat(decision.score()).isCloseTo(expected, within(1e-9));
        assertThat(model.score(vector)).isCloseTo(expected, within(1e-9));
        assertThat(decision.evidence()).hasSize(Feature.ALL.size());
        assertThat(decision.evidence())
                .contains(
                        new MatchEvidence("SURNAME", "EXACT", defaults.weight(SurnameLevel.EXACT)),
                        new MatchEvidence("BIRTH_DATE", "ONE_DIGIT", defaults.weight(BirthDateLevel.ONE_DIGIT)),
                        new MatchEvidence("SNILS", "MISSING", 0));
        assertThat(decision.evidence().stream()
                        .mapToDouble(MatchEvidence::weight)
                        .sum())
                .isCloseTo(decision.score(), within(1e-9));
    }

    @Test
    void theThresholdsSplitTheScoreIntoThreeOutcomes() {
        // Surname EXACT weighs 10.07 bits: thresholds around it show which side of each a score falls.
        ComparisonVector vector = with(SurnameLevel.EXACT);
        assertThat(new FellegiSunterModel(defaults, new Thresholds(5, 10))
                        .decide(vector)
                        .outcome())
                .isEqualTo(MatchOutcome.AUTO_LINK);
        assertThat(new FellegiSunterModel(defaults, new Thresholds(5, 10.07))
                        .decide(vector)
                        .outcome())
                .isEqualTo(MatchOutcome.AUTO_LINK);
        assertThat(new FellegiSunterModel(defaults, new Thresholds(10, 11))
                        .decide(vector)
                        .outcome())
                .isEqualTo(MatchOutcome.REVIEW);
        assertThat(new FellegiSunterModel(defaults, new Thresholds(11, 12))
                        .decide(vector)
                        .outcome())
                .isEqualTo(MatchOutcome.NEW_PERSON);
        MatchDecision decision = new FellegiSunterModel(defaults, new Thresholds(11, 12)).decide(vector);
        assertThat(decision.lowerThreshold()).isEqualTo(11);
        assertThat(decision.upperThreshold()).isEqualTo(12);
    }

    @Test
    void weightsAreReadFromATabSeparatedFileAndWrittenBackInTheSameForm() {
        MatchWeights again = MatchWeights.read(new StringReader(defaults.toTsv()));
        for (Feature feature : Feature.ALL) {
            for (FeatureLevel level : feature.levels()) {
                assertThat(again.m(level)).isCloseTo(defaults.m(level), within(1e-9));
                assertThat(again.u(level)).isCloseTo(defaults.u(level), within(1e-12));
            }
        }
    }

    @Test
    void aFileWhoseProbabilitiesDoNotAddUpIsRefused() {
        String broken = defaults.toTsv().replace("SURNAME\tEXACT\t0.860000", "SURNAME\tEXACT\t0.960000");
        assertThat(broken).isNotEqualTo(defaults.toTsv());
        assertThatThrownBy(() -> MatchWeights.read(new StringReader(broken)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SURNAME");
    }

    @Test
    void aFileWithoutALevelIsRefused() {
        String incomplete = defaults.toTsv()
                .lines()
                .filter(line -> !line.startsWith("SEX\tDISAGREE"))
                .reduce("", (all, line) -> all + line + "\n");
        assertThatThrownBy(() -> MatchWeights.read(new StringReader(incomplete)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SEX DISAGREE");
    }

    @Test
    void theLowerThresholdMayNotExceedTheUpper() {
        assertThatThrownBy(() -> new Thresholds(20, 10)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anExactCommonNameWeighsByItsShareAndARareOneAtMostTwoBitsMore() {
        FellegiSunterModel model = new FellegiSunterModel(defaults, Thresholds.DEFAULT);
        ComparisonVector average = with(SurnameLevel.EXACT, GivenNameLevel.EXACT);
        ComparisonVector common = withShares(average, 0.013, 0.025);
        ComparisonVector rare = withShares(average, 1e-6, 1e-6);

        assertThat(model.score(average))
                .isCloseTo(defaults.weight(SurnameLevel.EXACT) + defaults.weight(GivenNameLevel.EXACT), within(1e-9));
        // log2(0.86 / 0.013) and log2(0.85 / 0.025)
        assertThat(model.score(common)).isCloseTo(6.05 + 5.09, within(1e-9));
        assertThat(model.decide(common).evidence()).contains(new MatchEvidence("SURNAME", "EXACT", 6.05));
        assertThat(model.score(rare)).isCloseTo(model.score(average) + 2 * 2, within(0.02));
    }

    @Test
    void aShareOnlyTouchesExactAgreement() {
        FellegiSunterModel model = new FellegiSunterModel(defaults, Thresholds.DEFAULT);
        ComparisonVector phonetic = with(SurnameLevel.PHONETIC, GivenNameLevel.VARIANT);
        assertThat(model.score(withShares(phonetic, 0.013, 0.025))).isEqualTo(model.score(phonetic));
    }

    private static ComparisonVector withShares(ComparisonVector v, double surnameShare, double givenNameShare) {
        return new ComparisonVector(
                v.surname(),
                v.givenName(),
                v.patronymic(),
                v.birthDate(),
                v.snils(),
                v.birthCertificate(),
                v.sex(),
                v.place(),
                v.family(),
                v.namesSwapped(),
                surnameShare,
                givenNameShare);
    }
}
