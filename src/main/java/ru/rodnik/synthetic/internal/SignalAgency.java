package ru.rodnik.synthetic.internal;

import java.time.LocalDate;
import java.time.Month;
import java.util.SplittableRandom;
import ru.rodnik.directory.OrganisationKind;
import ru.rodnik.synthetic.CrisisKind;

/**
 * How each kind of agency notices families, for the crisis simulator. Hand-set, not measured: what a region's
 * agencies typically see of a family, to be replaced by a region's own figures when it has them.
 *
 * <ul>
 *   <li>{@code sensitivity}: noticings per week, per unit of exposure, of a family in trouble at severity 1 (it grows
 *       with the severity squared), for a trouble of the kind the agency sees best; {@code affinity} scales it by kind
 *       (NEGLECT, VIOLENCE, POVERTY, ADOLESCENT).
 *   <li>{@code background}: noticings per week, per unit of exposure, of any family: a child's absences, a missed
 *       vaccination, a neighbour's complaint, a family conflict the police were called to; times
 *       {@code hardshipFactor} for a family in lasting hardship.
 *   <li>Exposure: how much of the family the agency sees on a day (see {@link #exposure}).
 *   <li>Delay from noticing to the report reaching the system, in days: {@code minDelay} plus a geometric number of
 *       days with mean {@code meanExtraDelay}, at most {@code maxDelay}. A school decides at its prevention council, a
 *       social protection office when the case file is complete; the hotline passes a call on the same day.
 * </ul>
 */
enum SignalAgency {
    //                                  sens   backgr  hardship delay: min mean  max   affinity: NEG  VIO  POV  ADO
    SCHOOL(OrganisationKind.SCHOOL, 0.35, 0.0015, 1.5, 1, 4, 30, 1.0, 0.7, 0.6, 1.0),
    KINDERGARTEN(OrganisationKind.KINDERGARTEN, 0.35, 0.001, 1.5, 1, 3, 30, 1.0, 0.6, 0.5, 0),
    CLINIC(OrganisationKind.CLINIC, 0.20, 0.0015, 1.3, 1, 6, 45, 1.0, 0.6, 0.4, 0.5),
    MATERNITY(OrganisationKind.MATERNITY, 0.60, 0.02, 1.5, 0, 1, 7, 1.0, 0.5, 0.5, 0.2),
    POLICE(OrganisationKind.POLICE, 0.20, 0.0006, 1.5, 0, 2, 20, 0.6, 1.0, 0.2, 1.0),
    SOCIAL_PROTECTION(OrganisationKind.SOCIAL_PROTECTION, 0.08, 0.0004, 6, 3, 12, 60, 0.4, 0.1, 1.0, 0.1),
    GUARDIANSHIP(OrganisationKind.GUARDIANSHIP, 0.06, 0.001, 1, 2, 10, 60, 0.5, 0.3, 0.3, 0.3),
    HOTLINE(OrganisationKind.HOTLINE, 0.12, 0.0005, 1.5, 0, 0.5, 5, 0.8, 1.0, 0.3, 0.6);

    /** A child is seen by the maternity hospital for this many days after birth. */
    static final int NEWBORN_DAYS = 14;

    final OrganisationKind kind;
    final double sensitivity;
    final double background;
    final double hardshipFactor;
    final int minDelay;
    final double meanExtraDelay;
    final int maxDelay;
    private final double[] affinity;

    SignalAgency(
            OrganisationKind kind,
            double sensitivity,
            double background,
            double hardshipFactor,
            int minDelay,
            double meanExtraDelay,
            int maxDelay,
            double... affinity) {
        this.kind = kind;
        this.sensitivity = sensitivity;
        this.background = background;
        this.hardshipFactor = hardshipFactor;
        this.minDelay = minDelay;
        this.meanExtraDelay = meanExtraDelay;
        this.maxDelay = maxDelay;
        this.affinity = affinity;
    }

    double affinity(CrisisKind crisis) {
        return affinity[crisis.ordinal()];
    }

    /** Whether the agency sees a child of this age (full years; {@code ageDays} since birth) on its own. */
    boolean sees(int age, long ageDays, boolean attendsKindergarten) {
        return switch (this) {
            case SCHOOL -> age >= 7 && age <= 17;
            case KINDERGARTEN -> attendsKindergarten && age >= 3 && age <= 6;
            case MATERNITY -> ageDays < NEWBORN_DAYS;
            default -> age >= 0;
        };
    }

    /**
     * How much of the family the agency sees on a day: for a school or kindergarten the number of its children there
     * (at most two) in term time — a school sees nobody in July and August and little in June; the clinic a baby
     * fully, a younger child 0.4, a pupil 0.2 (at most two in all); the maternity hospital a newborn; guardianship a
     * family raised by a guardian fully and another one 0.3; the police, social protection and the hotline any family
     * with a child.
     */
    double exposure(FamilyDay family, LocalDate date) {
        return switch (this) {
            case SCHOOL -> Math.min(2, family.count(this)) * schoolTerm(date);
            case KINDERGARTEN -> Math.min(2, family.count(this)) * kindergartenOpen(date);
            case CLINIC -> Math.min(2, family.clinicExposure());
            case MATERNITY -> family.count(this) > 0 ? 1 : 0;
            case GUARDIANSHIP -> family.guardian() ? 1 : 0.3;
            default -> 1;
        };
    }

    /** Days from noticing to the report reaching the system; an immediate one on the day or the next. */
    int delay(boolean immediate, SplittableRandom random) {
        if (immediate) {
            return random.nextDouble() < 0.7 ? 0 : 1;
        }
        int extra = 0;
        if (meanExtraDelay > 0) {
            double stay = meanExtraDelay / (1 + meanExtraDelay);
            extra = (int) Math.min(maxDelay, Math.floor(Math.log(1 - random.nextDouble()) / Math.log(stay)));
        }
        return Math.min(maxDelay, minDelay + extra);
    }

    private static double schoolTerm(LocalDate date) {
        Month month = date.getMonth();
        if (month == Month.JULY || month == Month.AUGUST || newYearHolidays(date)) {
            return 0;
        }
        return month == Month.JUNE ? 0.3 : 1;
    }

    private static double kindergartenOpen(LocalDate date) {
        if (newYearHolidays(date)) {
            return 0;
        }
        Month month = date.getMonth();
        return month == Month.JULY || month == Month.AUGUST ? 0.5 : 1;
    }

    private static boolean newYearHolidays(LocalDate date) {
        return date.getMonth() == Month.JANUARY && date.getDayOfMonth() <= 8;
    }
}
