package ru.rodnik.linkage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * EM must find known parameters again in pairs simulated from them. With 60,000 pairs of which 12 % match, the
 * sampling error of an m is at most about 0.006 and of a u about 0.002: the tolerances are four of those.
 */
class WeightEstimatorTest {

    /** The parameters the pairs are drawn from; deliberately far from the shipped defaults EM starts at. */
    private static final MatchWeights TRUTH = MatchWeights.read(new StringReader("""
            SURNAME	EXACT	0.80	0.01
            SURNAME	SAME_KEY	0.05	0.01
            SURNAME	PHONETIC	0.04	0.02
            SURNAME	FUZZY_HIGH	0.04	0.03
            SURNAME	FUZZY_LOW	0.02	0.08
            SURNAME	DIFFERENT	0.05	0.85
            GIVEN_NAME	EXACT	0.75	0.05
            GIVEN_NAME	VARIANT	0.10	0.02
            GIVEN_NAME	PHONETIC	0.04	0.02
            GIVEN_NAME	FUZZY_HIGH	0.04	0.04
            GIVEN_NAME	FUZZY_LOW	0.03	0.07
            GIVEN_NAME	DIFFERENT	0.04	0.80
            PATRONYMIC	EXACT	0.85	0.05
            PATRONYMIC	FUZZY	0.08	0.05
            PATRONYMIC	DIFFERENT	0.07	0.90
            BIRTH_DATE	EXACT	0.80	0.01
            BIRTH_DATE	DAY_MONTH_SWAPPED	0.05	0.005
            BIRTH_DATE	ONE_DIGIT	0.06	0.02
            BIRTH_DATE	WITHIN_3_DAYS	0.03	0.01
            BIRTH_DATE	SAME_YEAR	0.03	0.10
            BIRTH_DATE	DIFFERENT	0.03	0.855
            SNILS	EQUAL_VALID	0.90	0.01
            SNILS	ONE_DIGIT	0.06	0.01
            SNILS	DIFFERENT	0.04	0.98
            BIRTH_CERTIFICATE	EQUAL	0.88	0.01
            BIRTH_CERTIFICATE	ONE_CHARACTER	0.05	0.01
            BIRTH_CERTIFICATE	DIFFERENT	0.07	0.98
            SEX	AGREE	0.95	0.5
            SEX	DISAGREE	0.05	0.5
            PLACE	SAME_ADDRESS	0.60	0.05
            PLACE	SAME_TERRITORY	0.30	0.30
            PLACE	DIFFERENT	0.10	0.65
            FAMILY	CO_OCCURS	0.40	0.02
            FAMILY	NONE	0.60	0.98
            """));

    private static final double TRUE_MATCH_SHARE = 0.12;

    /** How often each feature is missing, in {@link Feature} order, independent of the class. */
    private static final double[] MISSING_SHARE = {0.02, 0.02, 0.25, 0.05, 0.6, 0.8, 0.1, 0.3, 0.5};

    private static final double M_TOLERANCE = 0.025;
    private static final double U_TOLERANCE = 0.01;

    private final WeightEstimator estimator = new WeightEstimator();

    @Test
    void emRecoversTheMatchShareAndEveryMAndU() {
        List<ComparisonVector> pairs = simulate(60_000, TRUE_MATCH_SHARE, new Random(20261125));

        WeightEstimator.Estimate estimate =
                estimator.estimate(pairs, MatchWeights.defaults(), 0.05, WeightEstimator.UProbabilities.ESTIMATED);

        assertThat(estimate.converged()).isTrue();
        assertThat(estimate.matchShare()).isCloseTo(TRUE_MATCH_SHARE, within(0.01));
        assertAllClose(estimate.weights(), true, true);
    }

    @Test
    void uCountedFromRandomPairsAndHeldFixedLetsEmRecoverM() {
        Random random = new Random(7);
        List<ComparisonVector> randomPairs = simulate(100_000, 0, random);
        List<ComparisonVector> candidatePairs = simulate(60_000, TRUE_MATCH_SHARE, random);

        MatchWeights start = WeightEstimator.withUFromRandomPairs(MatchWeights.defaults(), randomPairs);
        assertAllClose(start, false, true);
        WeightEstimator.Estimate estimate =
                estimator.estimate(candidatePairs, start, 0.05, WeightEstimator.UProbabilities.FIXED);

        assertThat(estimate.converged()).isTrue();
        assertThat(estimate.matchShare()).isCloseTo(TRUE_MATCH_SHARE, within(0.01));
        assertAllClose(estimate.weights(), true, false);
        for (Feature feature : Feature.ALL) {
            for (FeatureLevel level : feature.levels()) {
                assertThat(estimate.weights().u(level)).isEqualTo(start.u(level));
            }
        }
    }

    @Test
    void theEstimateIsFarFromWhereItStarted() {
        // Guards the two tests above against passing because EM never moved.
        assertThat(Math.abs(MatchWeights.defaults().u(SurnameLevel.EXACT) - TRUTH.u(SurnameLevel.EXACT)))
                .isGreaterThan(U_TOLERANCE / 2);
        assertThat(Math.abs(MatchWeights.defaults().u(GivenNameLevel.EXACT) - TRUTH.u(GivenNameLevel.EXACT)))
                .isGreaterThan(U_TOLERANCE * 3);
        assertThat(Math.abs(MatchWeights.defaults().m(BirthDateLevel.EXACT) - TRUTH.m(BirthDateLevel.EXACT)))
                .isGreaterThan(M_TOLERANCE * 3);
    }

    private static void assertAllClose(MatchWeights estimated, boolean checkM, boolean checkU) {
        for (Feature feature : Feature.ALL) {
            for (FeatureLevel level : feature.levels()) {
                if (!level.carriesEvidence()) {
                    continue;
                }
                if (checkM) {
                    assertThat(estimated.m(level))
                            .as("m of %s %s", feature, level.name())
                            .isCloseTo(TRUTH.m(level), within(M_TOLERANCE));
                }
                if (checkU) {
                    assertThat(estimated.u(level))
                            .as("u of %s %s", feature, level.name())
                            .isCloseTo(TRUTH.u(level), within(U_TOLERANCE));
                }
            }
        }
    }

    /** Pairs drawn from {@link #TRUTH} under conditional independence, with features missing at random. */
    static List<ComparisonVector> simulate(int count, double matchShare, Random random) {
        List<ComparisonVector> pairs = new ArrayList<>(count);
        FeatureLevel[] levels = new FeatureLevel[Feature.ALL.size()];
        for (int i = 0; i < count; i++) {
            boolean match = random.nextDouble() < matchShare;
            for (Feature feature : Feature.ALL) {
                levels[feature.ordinal()] = random.nextDouble() < MISSING_SHARE[feature.ordinal()]
                        ? silentLevel(feature)
                        : draw(feature, match, random);
            }
            pairs.add(ComparisonVector.of(levels));
        }
        return pairs;
    }

    private static FeatureLevel draw(Feature feature, boolean match, Random random) {
        double x = random.nextDouble();
        FeatureLevel last = null;
        for (FeatureLevel level : feature.levels()) {
            if (!level.carriesEvidence()) {
                continue;
            }
            last = level;
            x -= match ? TRUTH.m(level) : TRUTH.u(level);
            if (x < 0) {
                return level;
            }
        }
        return last;
    }

    private static FeatureLevel silentLevel(Feature feature) {
        return feature.levels().stream()
                .filter(level -> !level.carriesEvidence())
                .findFirst()
                .orElseThrow();
    }
}
