package ru.rodnik.linkage.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Estimates m- and u-probabilities from unlabelled pairs with the EM algorithm for the two-class mixture of
 * Fellegi–Sunter (Winkler 1988; Jaro 1989): pairs are either one person (share p) or two, features are independent
 * within each class, and a feature MISSING in a pair is left out of that pair's likelihood.
 *
 * <p>Feed it the candidate pairs blocking produces in a region, not all pairs: there matches are frequent enough to
 * be seen. Blocking also makes agreement common among non-matches, which would bias u; hence the option to fix u
 * from random pairs ({@link #withUFromRandomPairs}), where almost every pair is two people and plain counting is
 * the estimate.
 */
final class WeightEstimator {

    /** Whether the M-step re-estimates u or keeps the u it started from. */
    enum UProbabilities {
        ESTIMATED,
        FIXED
    }

    /**
     * @param weights the estimated probabilities
     * @param matchShare the estimated share p of pairs that are one person
     * @param iterations EM iterations run
     * @param converged whether the largest change of a parameter fell below the tolerance
     */
    record Estimate(MatchWeights weights, double matchShare, int iterations, boolean converged) {}

    /**
     * Added to every level's count: keeps a level seen in no pair of a class from getting probability 0 (an
     * infinite weight), and is negligible against the thousands of pairs an estimate needs.
     */
    private static final double PSEUDO_COUNT = 0.5;

    private static final int NO_EVIDENCE = -1;

    private final int maxIterations;
    private final double tolerance;

    WeightEstimator() {
        this(1_000, 1e-7);
    }

    WeightEstimator(int maxIterations, double tolerance) {
        this.maxIterations = maxIterations;
        this.tolerance = tolerance;
    }

    /**
     * Runs EM from a starting point. Starting from the shipped defaults keeps the two classes in their places: the
     * class that agrees more is the one called "match".
     */
    Estimate estimate(
            Collection<ComparisonVector> pairs, MatchWeights start, double startMatchShare, UProbabilities uMode) {
        if (pairs.isEmpty()) {
            throw new IllegalArgumentException("No pairs to estimate from");
        }
        if (!(startMatchShare > 0 && startMatchShare < 1)) {
            throw new IllegalArgumentException("The starting match share must lie in (0, 1)");
        }
        Patterns patterns = Patterns.of(pairs);
        double[][] m = start.mTable();
        double[][] u = start.uTable();
        double p = startMatchShare;
        int iteration = 0;
        boolean converged = false;
        double[] matchProbability = new double[patterns.size()];
        while (iteration < maxIterations && !converged) {
            iteration++;
            double matchSum = expectation(patterns, m, u, p, matchProbability);
            double newP = matchSum / patterns.total;
            double[][] newM = maximisation(patterns, matchProbability, true);
            double change = Math.max(Math.abs(newP - p), largestChange(m, newM));
            m = newM;
            if (uMode == UProbabilities.ESTIMATED) {
                double[][] newU = maximisation(patterns, matchProbability, false);
                change = Math.max(change, largestChange(u, newU));
                u = newU;
            }
            p = newP;
            converged = change < tolerance;
        }
        return new Estimate(MatchWeights.of(m, u), p, iteration, converged);
    }

    /**
     * The starting weights with u replaced by the level frequencies among random pairs (assumed to be two people
     * each), to be kept fixed while EM estimates m.
     */
    static MatchWeights withUFromRandomPairs(MatchWeights start, Collection<ComparisonVector> randomPairs) {
        if (randomPairs.isEmpty()) {
            throw new IllegalArgumentException("No random pairs to count");
        }
        Patterns patterns = Patterns.of(randomPairs);
        double[] none = new double[patterns.size()];
        return MatchWeights.of(start.mTable(), maximisation(patterns, none, false));
    }

    /** The E-step: each pattern's probability of being a match; returns their weighted sum. */
    private static double expectation(Patterns patterns, double[][] m, double[][] u, double p, double[] out) {
        double logP = Math.log(p);
        double logNotP = Math.log(1 - p);
        double sum = 0;
        for (int i = 0; i < patterns.size(); i++) {
            int[] levels = patterns.levels[i];
            double logMatch = logP;
            double logNonMatch = logNotP;
            for (int f = 0; f < levels.length; f++) {
                int l = levels[f];
                if (l != NO_EVIDENCE) {
                    logMatch += Math.log(m[f][l]);
                    logNonMatch += Math.log(u[f][l]);
                }
            }
            // 1 / (1 + e^(logNonMatch - logMatch)) stays finite where the two likelihoods themselves underflow.
            out[i] = 1 / (1 + Math.exp(logNonMatch - logMatch));
            sum += patterns.counts[i] * out[i];
        }
        return sum;
    }

    /** The M-step for one class: level frequencies weighted by the class probability of each pair. */
    private static double[][] maximisation(Patterns patterns, double[] matchProbability, boolean matchClass) {
        double[][] counts = MatchWeights.emptyTable();
        for (int i = 0; i < patterns.size(); i++) {
            double classWeight = patterns.counts[i] * (matchClass ? matchProbability[i] : 1 - matchProbability[i]);
            int[] levels = patterns.levels[i];
            for (int f = 0; f < levels.length; f++) {
                if (levels[f] != NO_EVIDENCE) {
                    counts[f][levels[f]] += classWeight;
                }
            }
        }
        for (Feature feature : Feature.ALL) {
            double[] row = counts[feature.ordinal()];
            double total = 0;
            int evidenceLevels = 0;
            for (FeatureLevel level : feature.levels()) {
                if (level.carriesEvidence()) {
                    total += row[level.ordinal()];
                    evidenceLevels++;
                }
            }
            for (FeatureLevel level : feature.levels()) {
                int l = level.ordinal();
                row[l] =
                        level.carriesEvidence() ? (row[l] + PSEUDO_COUNT) / (total + PSEUDO_COUNT * evidenceLevels) : 0;
            }
        }
        return counts;
    }

    private static double largestChange(double[][] before, double[][] after) {
        double largest = 0;
        for (int f = 0; f < before.length; f++) {
            for (int l = 0; l < before[f].length; l++) {
                largest = Math.max(largest, Math.abs(before[f][l] - after[f][l]));
            }
        }
        return largest;
    }

    /** Distinct comparison vectors with their counts: a region's pairs repeat a few thousand patterns. */
    private static final class Patterns {
        final int[][] levels;
        final double[] counts;
        final double total;

        private Patterns(int[][] levels, double[] counts, double total) {
            this.levels = levels;
            this.counts = counts;
            this.total = total;
        }

        int size() {
            return counts.length;
        }

        static Patterns of(Collection<ComparisonVector> pairs) {
            Map<Long, Integer> index = new HashMap<>();
            int[][] levels = new int[pairs.size()][];
            double[] counts = new double[pairs.size()];
            for (ComparisonVector pair : pairs) {
                int[] encoded = new int[Feature.ALL.size()];
                long code = 0;
                for (Feature feature : Feature.ALL) {
                    FeatureLevel level = pair.level(feature);
                    encoded[feature.ordinal()] = level.carriesEvidence() ? level.ordinal() : NO_EVIDENCE;
                    code = code * 16 + encoded[feature.ordinal()] + 1;
                }
                Integer at = index.get(code);
                if (at == null) {
                    at = index.size();
                    index.put(code, at);
                    levels[at] = encoded;
                }
                counts[at]++;
            }
            int size = index.size();
            int[][] distinct = new int[size][];
            double[] distinctCounts = new double[size];
            System.arraycopy(levels, 0, distinct, 0, size);
            System.arraycopy(counts, 0, distinctCounts, 0, size);
            return new Patterns(distinct, distinctCounts, pairs.size());
        }
    }
}
