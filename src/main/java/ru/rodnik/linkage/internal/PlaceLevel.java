package ru.rodnik.linkage.internal;

/** Where the two records place the person. */
enum PlaceLevel implements FeatureLevel {
    /** Same normalised address. */
    SAME_ADDRESS,
    /** Different or missing address, same territory code. */
    SAME_TERRITORY,
    /** Both territory codes known and different. */
    DIFFERENT,
    /** Too little to compare: no territory on one side and no equal address. */
    MISSING;

    @Override
    public Feature feature() {
        return Feature.PLACE;
    }

    @Override
    public boolean carriesEvidence() {
        return this != MISSING;
    }
}
