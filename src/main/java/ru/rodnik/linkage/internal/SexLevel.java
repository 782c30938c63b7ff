package ru.rodnik.linkage.internal;

/** Whether the recorded sexes agree. */
enum SexLevel implements FeatureLevel {
    AGREE,
    DISAGREE,
    MISSING;

    @Override
    public Feature feature() {
        return Feature.SEX;
    }

    @Override
    public boolean carriesEvidence() {
        return this != MISSING;
    }
}
