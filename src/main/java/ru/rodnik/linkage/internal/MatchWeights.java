package ru.rodnik.linkage.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import ru.rodnik.linkage.MatchEvidence;

/**
 * The m- and u-probability of every level of every feature, and the weight log2(m/u) that follows from them. m is
 * the share of true pairs (one person) that reach the level, u the share of pairs of two different people.
 * Levels that carry no evidence (MISSING, NOT_APPLICABLE) weigh 0 and have no probabilities.
 *
 * <p>Kept as a tab-separated file {@code feature level m u} so that weights re-estimated from a region's own data
 * ({@link WeightEstimator}) can replace the shipped ones without a code change.
 */
final class MatchWeights {

    static final String DEFAULT_RESOURCE = "/linkage/default-weights.tsv";

    /** A probability row of a feature must add up to 1 within this, or the file is rejected. */
    private static final double SUM_TOLERANCE = 1e-3;

    private final double[][] m;
    private final double[][] u;
    private final double[][] weight;
    private final MatchEvidence[][] evidence;

    private MatchWeights(double[][] m, double[][] u) {
        int features = Feature.ALL.size();
        this.m = new double[features][];
        this.u = new double[features][];
        this.weight = new double[features][];
        this.evidence = new MatchEvidence[features][];
        for (Feature feature : Feature.ALL) {
            int f = feature.ordinal();
            int levels = feature.levels().size();
            this.m[f] = new double[levels];
            this.u[f] = new double[levels];
            this.weight[f] = new double[levels];
            this.evidence[f] = new MatchEvidence[levels];
            double mSum = 0;
            double uSum = 0;
            for (FeatureLevel level : feature.levels()) {
                int l = level.ordinal();
                if (level.carriesEvidence()) {
                    double mValue = m[f][l];
                    double uValue = u[f][l];
                    if (!(mValue > 0 && mValue <= 1 && uValue > 0 && uValue <= 1)) {
                        throw new IllegalArgumentException(
                                "m and u of " + feature + " " + level.name() + " must lie in (0, 1]");
                    }
                    this.m[f][l] = mValue;
                    this.u[f][l] = uValue;
                    // Hundredths of a bit: enough precision, and an explanation whose lines add up to its score.
                    this.weight[f][l] = Math.round(100 * Math.log(mValue / uValue) / Math.log(2)) / 100.0;
                    mSum += mValue;
                    uSum += uValue;
                }
                this.evidence[f][l] = new MatchEvidence(feature.name(), level.name(), this.weight[f][l]);
            }
            if (Math.abs(mSum - 1) > SUM_TOLERANCE || Math.abs(uSum - 1) > SUM_TOLERANCE) {
                throw new IllegalArgumentException("m and u of " + feature + " must each add up to 1");
            }
        }
    }

    /** From probabilities indexed by feature and level ordinal; entries of levels without evidence are ignored. */
    static MatchWeights of(double[][] m, double[][] u) {
        return new MatchWeights(m, u);
    }

    static MatchWeights defaults() {
        return Defaults.WEIGHTS;
    }

    static MatchWeights read(InputStream tsv) {
        return read(new InputStreamReader(tsv, StandardCharsets.UTF_8));
    }

    static MatchWeights read(Reader tsv) {
        double[][] m = emptyTable();
        double[][] u = emptyTable();
        try (BufferedReader lines = new BufferedReader(tsv)) {
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#") || text.startsWith("feature\t")) {
                    continue;
                }
                String[] columns = text.split("\t");
                if (columns.length < 4) {
                    throw new IllegalArgumentException("Line " + number + ": expected feature, level, m, u");
                }
                FeatureLevel level = Feature.valueOf(columns[0]).level(columns[1]);
                m[level.feature().ordinal()][level.ordinal()] = Double.parseDouble(columns[2]);
                u[level.feature().ordinal()][level.ordinal()] = Double.parseDouble(columns[3]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new MatchWeights(m, u);
    }

    static double[][] emptyTable() {
        double[][] table = new double[Feature.ALL.size()][];
        for (Feature feature : Feature.ALL) {
            table[feature.ordinal()] = new double[feature.levels().size()];
        }
        return table;
    }

    double m(FeatureLevel level) {
        return m[level.feature().ordinal()][level.ordinal()];
    }

    double u(FeatureLevel level) {
        return u[level.feature().ordinal()][level.ordinal()];
    }

    /** log2(m/u) in bits, rounded to hundredths; 0 for a level without evidence. */
    double weight(FeatureLevel level) {
        return weight[level.feature().ordinal()][level.ordinal()];
    }

    /** The explanation line of a level, made once per level rather than once per comparison. */
    MatchEvidence evidence(FeatureLevel level) {
        return evidence[level.feature().ordinal()][level.ordinal()];
    }

    double[][] mTable() {
        return copy(m);
    }

    double[][] uTable() {
        return copy(u);
    }

    /** The same file format that {@link #read} takes, e.g. to store weights estimated from a region's data. */
    String toTsv() {
        StringBuilder tsv = new StringBuilder("feature\tlevel\tm\tu\tweight\n");
        for (Feature feature : Feature.ALL) {
            for (FeatureLevel level : feature.levels()) {
                if (level.carriesEvidence()) {
                    tsv.append(String.format(
                            Locale.ROOT,
                            "%s\t%s\t%.6g\t%.6g\t%.2f\n",
                            feature,
                            level.name(),
                            m(level),
                            u(level),
                            weight(level)));
                }
            }
        }
        return tsv.toString();
    }

    private static double[][] copy(double[][] table) {
        double[][] copy = new double[table.length][];
        for (int i = 0; i < table.length; i++) {
            copy[i] = table[i].clone();
        }
        return copy;
    }

    private static final class Defaults {
        static final MatchWeights WEIGHTS = load();

        private static MatchWeights load() {
            try (InputStream tsv = MatchWeights.class.getResourceAsStream(DEFAULT_RESOURCE)) {
                if (tsv == null) {
                    throw new IllegalStateException("Missing " + DEFAULT_RESOURCE);
                }
                return read(tsv);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
