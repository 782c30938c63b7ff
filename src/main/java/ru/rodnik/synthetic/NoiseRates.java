package ru.rodnik.synthetic;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * How often each distortion is tried on a report, before the agency's own carefulness scales it (a hotline operator
 * writes down what a caller says; a social protection office copies documents). A share of reports is messy: all
 * rates multiplied, so that a few reports carry many distortions at once, as real bad records do.
 */
public record NoiseRates(Map<NoiseKind, Double> rates, double messyShare, double messyFactor) {

    public NoiseRates {
        EnumMap<NoiseKind, Double> copy = new EnumMap<>(NoiseKind.class);
        rates.forEach((kind, rate) -> {
            if (rate < 0 || rate > 1) {
                throw new IllegalArgumentException("A rate is a probability: " + kind + "=" + rate);
            }
            copy.put(kind, rate);
        });
        rates = Collections.unmodifiableMap(copy);
        if (messyShare < 0 || messyShare > 1 || messyFactor < 1) {
            throw new IllegalArgumentException("messyShare in [0, 1] and messyFactor >= 1");
        }
    }

    /** Rates that give most reports none to two distortions; tuned by eye against what agencies send. */
    public static NoiseRates defaults() {
        EnumMap<NoiseKind, Double> rates = new EnumMap<>(NoiseKind.class);
        rates.put(NoiseKind.MAIDEN_NAME, 0.25);
        rates.put(NoiseKind.SURNAME_GENDER_SLIP, 0.015);
        rates.put(NoiseKind.DIMINUTIVE, 0.05);
        rates.put(NoiseKind.HYPHEN_SPACE, 0.4);
        rates.put(NoiseKind.YO_E, 0.6);
        rates.put(NoiseKind.TYPO_ADJACENT_KEY, 0.04);
        rates.put(NoiseKind.TYPO_DROPPED_LETTER, 0.03);
        rates.put(NoiseKind.TYPO_DOUBLED_LETTER, 0.02);
        rates.put(NoiseKind.TYPO_TRANSPOSED_LETTERS, 0.02);
        rates.put(NoiseKind.PATRONYMIC_MISSING, 0.08);
        rates.put(NoiseKind.NAMES_SWAPPED, 0.02);
        rates.put(NoiseKind.TRANSLIT_ICAO, 0.01);
        rates.put(NoiseKind.TRANSLIT_INFORMAL, 0.015);
        rates.put(NoiseKind.BIRTH_DATE_MISSING, 0.04);
        rates.put(NoiseKind.BIRTH_DATE_DAY_MONTH_SWAPPED, 0.03);
        rates.put(NoiseKind.BIRTH_DATE_DIGIT, 0.02);
        rates.put(NoiseKind.BIRTH_DATE_SHIFTED, 0.02);
        rates.put(NoiseKind.SNILS_MISSING, 0.1);
        rates.put(NoiseKind.SNILS_WRONG_DIGIT, 0.02);
        rates.put(NoiseKind.UPPER_CASE, 0.05);
        return new NoiseRates(rates, 0.04, 4);
    }

    /** Exact copies: useful to measure what linkage does without any noise. */
    public static NoiseRates none() {
        return new NoiseRates(Map.of(), 0, 1);
    }

    public double rate(NoiseKind kind) {
        return rates.getOrDefault(kind, 0.0);
    }

    public NoiseRates with(NoiseKind kind, double rate) {
        EnumMap<NoiseKind, Double> changed = new EnumMap<>(NoiseKind.class);
        changed.putAll(rates);
        changed.put(kind, rate);
        return new NoiseRates(changed, messyShare, messyFactor);
    }

    /** Every rate multiplied by {@code factor} (capped at 1), to make a harder or an easier region. */
    public NoiseRates scaled(double factor) {
        EnumMap<NoiseKind, Double> changed = new EnumMap<>(NoiseKind.class);
        rates.forEach((kind, rate) -> changed.put(kind, Math.min(1, rate * factor)));
        return new NoiseRates(changed, messyShare, messyFactor);
    }
}
