package ru.rodnik.linkage.internal;

/** How two surnames compare, best level first. */
enum SurnameLevel implements FeatureLevel {
    /** Same normalised surname. */
    EXACT,
    /** Same surname key: the same family name in another gender form (Семенова / Семенов). A maiden name is DIFFERENT. */
    SAME_KEY,
    /** Different spelling, same phonetic key (Ковальчук / Ковальчюк). */
    PHONETIC,
    /** One edit apart or Jaro–Winkler at least 0.92: a likely typo. */
    FUZZY_HIGH,
    /** Jaro–Winkler at least 0.85: alike, often another surname. */
    FUZZY_LOW,
    DIFFERENT,
    /**
     * A different surname of an adult woman whose first name (exactly or as a form of it), patronymic and full birth
     * date agree and whose address or family agrees too: most likely her surname before or after marriage. Weighs nothing either way
     * instead of DIFFERENT's −5 bits; see {@link PairComparison}.
     */
    MAIDEN_NAME,
    MISSING;

    @Override
    public Feature feature() {
        return Feature.SURNAME;
    }

    @Override
    public boolean carriesEvidence() {
        return this != MISSING && this != MAIDEN_NAME;
    }
}
