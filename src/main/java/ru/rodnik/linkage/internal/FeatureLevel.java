package ru.rodnik.linkage.internal;

/** A level of one comparison feature; implemented by one enum per feature. */
interface FeatureLevel {

    Feature feature();

    int ordinal();

    String name();

    /**
     * False for the levels that say nothing (a value missing on either side, a feature that does not apply): they
     * weigh 0 and are left out when weights are estimated.
     */
    boolean carriesEvidence();
}
