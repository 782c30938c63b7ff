package ru.rodnik.linkage.internal;

/**
 * The levels two records reached on every feature (the γ vector of Fellegi and Sunter), and whether the names were
 * compared crosswise because surname and first name had been written in each other's place.
 *
 * @param surnameShare for an EXACT surname, the share of registry persons with that surname key ({@link
 *     NameFrequencies}); NaN otherwise or when unknown
 * @param givenNameShare the same for an EXACT first name
 */
record ComparisonVector(
        SurnameLevel surname,
        GivenNameLevel givenName,
        PatronymicLevel patronymic,
        BirthDateLevel birthDate,
        SnilsLevel snils,
        BirthCertificateLevel birthCertificate,
        SexLevel sex,
        PlaceLevel place,
        FamilyLevel family,
        boolean namesSwapped,
        double surnameShare,
        double givenNameShare) {

    FeatureLevel level(Feature feature) {
        return switch (feature) {
            case SURNAME -> surname;
            case GIVEN_NAME -> givenName;
            case PATRONYMIC -> patronymic;
            case BIRTH_DATE -> birthDate;
            case SNILS -> snils;
            case BIRTH_CERTIFICATE -> birthCertificate;
            case SEX -> sex;
            case PLACE -> place;
            case FAMILY -> family;
        };
    }

    /** A vector from one level per feature, in {@link Feature} order, without name shares; for estimation and tests. */
    static ComparisonVector of(FeatureLevel... levels) {
        if (levels.length != Feature.ALL.size()) {
            throw new IllegalArgumentException("One level per feature expected");
        }
        for (int i = 0; i < levels.length; i++) {
            if (levels[i].feature() != Feature.ALL.get(i)) {
                throw new IllegalArgumentException(levels[i] + " is not a level of " + Feature.ALL.get(i));
            }
        }
        return new ComparisonVector(
                (SurnameLevel) levels[0],
                (GivenNameLevel) levels[1],
                (PatronymicLevel) levels[2],
                (BirthDateLevel) levels[3],
                (SnilsLevel) levels[4],
                (BirthCertificateLevel) levels[5],
                (SexLevel) levels[6],
                (PlaceLevel) levels[7],
                (FamilyLevel) levels[8],
                false,
                Double.NaN,
                Double.NaN);
    }
}
