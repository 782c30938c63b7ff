package ru.rodnik.linkage.internal;

/**
 * Where a score turns into a decision, in bits. The defaults follow the arithmetic of the prior: in a registry of
 * about 250,000 people a subject is a given person with odds of about 2^-18, so a score of 18 bits leaves even odds
 * (below it: a new person), and 27 bits leaves odds of about 500:1 (at or above it: link without asking). Between
 * the two a screener decides. These are policy — the price of a review against the price of a wrong link — not
 * something the data can estimate; move the lower one up by log2 of the registry's growth.
 *
 * @param lower below this score the subject becomes a new person
 * @param upper at or above this score the subject is linked automatically
 */
record Thresholds(double lower, double upper) {

    static final Thresholds DEFAULT = new Thresholds(18, 27);

    Thresholds {
        if (!(lower <= upper)) {
            throw new IllegalArgumentException("The lower threshold must not exceed the upper");
        }
    }
}
