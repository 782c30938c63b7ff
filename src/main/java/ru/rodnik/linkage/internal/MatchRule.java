package ru.rodnik.linkage.internal;

import java.util.function.Predicate;
import ru.rodnik.linkage.MatchOutcome;

/**
 * Rules on top of the score. Fellegi–Sunter treats features as independent, and the two ways that fails here are
 * known: an identifier keyed into the wrong person's record, and members of one family, who share surname,
 * patronymic, address and — twins — birth date. A rule can only lower a decision, never raise it.
 */
enum MatchRule {
    /** Surname and first name were compared crosswise; no effect on the outcome, told to the screener. */
    NAMES_SWAPPED(MatchOutcome.AUTO_LINK, v -> v.namesSwapped()),

    /**
     * An equal valid SNILS with names and birth date that say another person — most often a parent's or sibling's
     * number in the wrong record. Strong evidence, not blind trust.
     */
    SNILS_CONTRADICTED(MatchOutcome.REVIEW, v -> v.snils() == SnilsLevel.EQUAL_VALID && contradicted(v)),

    /** The same for an equal birth certificate. */
    BIRTH_CERTIFICATE_CONTRADICTED(
            MatchOutcome.REVIEW, v -> v.birthCertificate() == BirthCertificateLevel.EQUAL && contradicted(v)),

    /** Two valid, different SNILS: twins and siblings have different numbers, whatever else they share. */
    SNILS_CONFLICT(MatchOutcome.REVIEW, v -> v.snils() == SnilsLevel.DIFFERENT),

    /**
     * Different first names: with surname, patronymic, address and birth date shared, that is a brother or sister
     * (twins) more often than one person, however high the rest of the score.
     */
    GIVEN_NAME_DIFFERS(MatchOutcome.REVIEW, v -> v.givenName() == GivenNameLevel.DIFFERENT),

    /**
     * Names read crosswise, and one of the two pairs wholly different. Which field holds the first name is then not
     * known on either side — a record registered with its names swapped meets its twin's report with the first names
     * in the surname slot, where {@link #GIVEN_NAME_DIFFERS} cannot see them — so a screener looks.
     */
    SWAPPED_NAME_DIFFERS(
            MatchOutcome.REVIEW,
            v -> v.namesSwapped()
                    && (v.surname() == SurnameLevel.DIFFERENT || v.givenName() == GivenNameLevel.DIFFERENT));

    private final MatchOutcome cap;
    private final Predicate<ComparisonVector> condition;

    MatchRule(MatchOutcome cap, Predicate<ComparisonVector> condition) {
        this.cap = cap;
        this.condition = condition;
    }

    boolean appliesTo(ComparisonVector vector) {
        return condition.test(vector);
    }

    /** The best outcome a decision may keep when this rule applies. */
    MatchOutcome cap() {
        return cap;
    }

    /**
     * Names and birth date say another person: two of surname, first name and birth date are DIFFERENT (surname and
     * first name; birth date and first name; or surname and birth date).
     */
    private static boolean contradicted(ComparisonVector v) {
        int different = (v.surname() == SurnameLevel.DIFFERENT ? 1 : 0)
                + (v.givenName() == GivenNameLevel.DIFFERENT ? 1 : 0)
                + (v.birthDate() == BirthDateLevel.DIFFERENT ? 1 : 0);
        return different >= 2;
    }
}
