package ru.rodnik.linkage.internal;

/** How two birth dates compare, best level first: each level is the first that fits. */
enum BirthDateLevel implements FeatureLevel {
    EXACT,
    /** Same year, day and month exchanged (02.03 / 03.02): the commonest confusion of date formats. */
    DAY_MONTH_SWAPPED,
    /** One digit of YYYYMMDD wrong, or two neighbouring digits exchanged: a keystroke slip. */
    ONE_DIGIT,
    /** At most three days apart, e.g. a registration date taken for the birth date. */
    WITHIN_3_DAYS,
    SAME_YEAR,
    DIFFERENT,
    MISSING;

    @Override
    public Feature feature() {
        return Feature.BIRTH_DATE;
    }

    @Override
    public boolean carriesEvidence() {
        return this != MISSING;
    }
}
