package ru.rodnik.linkage.internal;

/** How two patronymics compare. */
enum PatronymicLevel implements FeatureLevel {
    EXACT,
    /** A likely typo of the same patronymic (one edit apart or Jaro–Winkler at least 0.90). */
    FUZZY,
    /** Another patronymic, including the other gender's form (Игоревич / Игоревна). */
    DIFFERENT,
    /** Missing on either side, or only an initial that agrees: an initial cannot confirm, only contradict. */
    MISSING;

    @Override
    public Feature feature() {
        return Feature.PATRONYMIC;
    }

    @Override
    public boolean carriesEvidence() {
        return this != MISSING;
    }
}
