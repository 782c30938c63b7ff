package ru.rodnik.linkage.internal;

import java.util.List;

/** The features two records are compared on; each ends in one level of its own enum. */
enum Feature {
    SURNAME(SurnameLevel.values()),
    GIVEN_NAME(GivenNameLevel.values()),
    PATRONYMIC(PatronymicLevel.values()),
    BIRTH_DATE(BirthDateLevel.values()),
    SNILS(SnilsLevel.values()),
    BIRTH_CERTIFICATE(BirthCertificateLevel.values()),
    SEX(SexLevel.values()),
    PLACE(PlaceLevel.values()),
    FAMILY(FamilyLevel.values());

    static final List<Feature> ALL = List.of(values());

    private final List<FeatureLevel> levels;

    Feature(FeatureLevel[] levels) {
        this.levels = List.of(levels);
    }

    List<FeatureLevel> levels() {
        return levels;
    }

    FeatureLevel level(int ordinal) {
        return levels.get(ordinal);
    }

    FeatureLevel level(String name) {
        for (FeatureLevel level : levels) {
            if (level.name().equals(name)) {
                return level;
            }
        }
        throw new IllegalArgumentException("No level " + name + " for " + this);
    }
}
