package ru.rodnik.linkage.internal;

/** How two СНИЛС compare. */
enum SnilsLevel implements FeatureLevel {
    /** Equal and passing the checksum. */
    EQUAL_VALID,
    /**
     * One digit apart or two neighbouring digits exchanged, where at least one number fails its checksum, so it is
     * a typo of the other; also two equal numbers that both fail it (one typo copied twice).
     */
    ONE_DIGIT,
    /** Both pass the checksum and differ: two people, or a parent's number in a child's field. */
    DIFFERENT,
    /** Missing on either side, or an invalid number that is not near the other: a garbled number proves nothing. */
    MISSING;

    @Override
    public Feature feature() {
        return Feature.SNILS;
    }

    @Override
    public boolean carriesEvidence() {
        return this != MISSING;
    }
}
