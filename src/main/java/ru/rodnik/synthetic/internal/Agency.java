package ru.rodnik.synthetic.internal;

import java.util.Arrays;
import java.util.SplittableRandom;
import ru.rodnik.synthetic.SyntheticFamily.Role;

/**
 * The kinds of organisations that report, with what they usually know about a person and how carefully they write
 * it down. Hand-set from how these agencies work: a clinic and social protection copy documents and hold the SNILS, a
 * school holds the birth certificate, the hotline writes down what a caller says.
 */
enum Agency {
    SCHOOL("school", 0.6, 0.5, 0.5, 0.95, 1.0),
    KINDERGARTEN("kindergarten", 0.5, 0.8, 0.6, 0.95, 0.9),
    CLINIC("clinic", 0.9, 0.5, 0.8, 0.95, 0.8),
    MATERNITY("maternity", 0.3, 0.2, 0.9, 0.9, 0.7),
    POLICE("police", 0.3, 0.2, 0.5, 0.9, 1.2),
    GUARDIANSHIP("guardianship", 0.8, 0.8, 0.7, 1.0, 0.8),
    SOCIAL_PROTECTION("social-protection", 0.95, 0.7, 0.9, 1.0, 0.7),
    KDN("kdn", 0.7, 0.6, 0.6, 1.0, 0.9),
    NGO("ngo", 0.1, 0.1, 0.6, 0.7, 1.3),
    HOTLINE("hotline", 0.02, 0.0, 0.3, 0.4, 2.0);

    final String code;
    final double knowsSnils;
    final double knowsBirthCertificate;
    final double knowsPhone;
    final double knowsAddress;
    /** Multiplies every noise rate: below 1 for agencies that copy documents, above for hearsay. */
    final double carelessness;

    Agency(
            String code,
            double knowsSnils,
            double knowsBirthCertificate,
            double knowsPhone,
            double knowsAddress,
            double carelessness) {
        this.code = code;
        this.knowsSnils = knowsSnils;
        this.knowsBirthCertificate = knowsBirthCertificate;
        this.knowsPhone = knowsPhone;
        this.knowsAddress = knowsAddress;
        this.carelessness = carelessness;
    }

    //                                                   SCH  KG  CLI MAT POL GUA SOC KDN NGO HOT
    private static final WeightedChoice<Agency> BABY = of(0, 0, 5, 3, 0.2, 0.5, 1, 0, 0.5, 0.5);
    private static final WeightedChoice<Agency> TODDLER = of(0, 1, 5, 0, 0.3, 0.5, 1, 0, 0.5, 0.7);
    private static final WeightedChoice<Agency> PRESCHOOL = of(0, 5, 4, 0, 0.5, 0.5, 1, 0.2, 0.6, 0.8);
    private static final WeightedChoice<Agency> PUPIL = of(7, 0, 3, 0, 0.6, 0.5, 1, 0.3, 0.7, 1.2);
    private static final WeightedChoice<Agency> TEENAGER = of(7, 0, 2.5, 0, 2, 0.5, 1, 1, 0.7, 1.2);
    private static final WeightedChoice<Agency> PARENT = of(1, 0.5, 2, 0.3, 3, 1, 3, 1, 1, 1.5);
    private static final WeightedChoice<Agency> GUARDIAN = of(1, 0.5, 1, 0, 1, 3, 3, 1, 1, 1);

    static Agency reporting(Role role, int age, SplittableRandom random) {
        WeightedChoice<Agency> choice;
        if (role == Role.CHILD) {
            choice = age < 1 ? BABY : age < 3 ? TODDLER : age < 7 ? PRESCHOOL : age < 12 ? PUPIL : TEENAGER;
        } else {
            choice = role == Role.LEGAL_REP ? GUARDIAN : PARENT;
        }
        return choice.pick(random);
    }

    private static WeightedChoice<Agency> of(double... weights) {
        return new WeightedChoice<>(Arrays.asList(values()), weights);
    }
}
