package ru.rodnik.linkage.internal;

/** Whether the people seen with the subject belong to the candidate's family. */
enum FamilyLevel implements FeatureLevel {
    /** Another subject of the same signal matches a member of the candidate's family. */
    CO_OCCURS,
    /** Both sides name other people, and none of them match. */
    NONE,
    /** Either side names nobody else. */
    NOT_APPLICABLE;

    @Override
    public Feature feature() {
        return Feature.FAMILY;
    }

    @Override
    public boolean carriesEvidence() {
        return this != NOT_APPLICABLE;
    }
}
