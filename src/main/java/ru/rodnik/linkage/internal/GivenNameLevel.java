package ru.rodnik.linkage.internal;

/** How two first names compare, best level first. */
enum GivenNameLevel implements FeatureLevel {
    /** Same normalised first name. */
    EXACT,
    /** Different forms of one name: they share a given-name key (Наталия / Наталья, Саша / Александр). */
    VARIANT,
    /** Different spelling, same phonetic key. */
    PHONETIC,
    /** One edit apart or Jaro–Winkler at least 0.92: a likely typo. */
    FUZZY_HIGH,
    /** Jaro–Winkler at least 0.85. */
    FUZZY_LOW,
    /** Another name, including the other gender's form of one name (Александр / Александра). */
    DIFFERENT,
    MISSING;

    @Override
    public Feature feature() {
        return Feature.GIVEN_NAME;
    }

    @Override
    public boolean carriesEvidence() {
        return this != MISSING;
    }
}
