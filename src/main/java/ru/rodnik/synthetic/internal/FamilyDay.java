package ru.rodnik.synthetic.internal;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import ru.rodnik.synthetic.SyntheticFamily;
import ru.rodnik.synthetic.SyntheticFamily.Member;

/**
 * A simulated family as the agencies see it on one day: which children are born yet and how old they are. Moved from
 * day to day by the simulator; ages are exact (a child is 7 from their seventh birthday on).
 */
final class FamilyDay {

    /** Share of children of 3 to 6 who attend a kindergarten. */
    static final double KINDERGARTEN_ATTENDANCE = 0.8;

    /** A child: birth and birthdays as epoch days, and whether they go to a kindergarten when old enough. */
    record Child(UUID id, long born, long[] birthdays, boolean attendsKindergarten) {

        static Child of(UUID id, LocalDate birth, boolean attendsKindergarten) {
            long[] birthdays = new long[18];
            for (int year = 1; year <= 18; year++) {
                birthdays[year - 1] = birth.plusYears(year).toEpochDay();
            }
            return new Child(id, birth.toEpochDay(), birthdays, attendsKindergarten);
        }

        /** Full years on the epoch day, or -1 before birth. */
        int age(long day) {
            if (day < born) {
                return -1;
            }
            int age = 0;
            while (age < birthdays.length && birthdays[age] <= day) {
                age++;
            }
            return age;
        }
    }

    private final List<Child> children;
    private final boolean guardian;
    private final boolean singleParent;
    private final int[] ages;
    private long day;
    private int present;

    FamilyDay(SyntheticFamily family, SplittableRandom random) {
        List<Child> list = new ArrayList<>();
        int parents = 0;
        boolean legalRepresentative = false;
        for (Member member : family.members()) {
            switch (member.role()) {
                case CHILD ->
                    list.add(Child.of(
                            member.person().truthId(),
                            member.person().birthDate(),
                            random.nextDouble() < KINDERGARTEN_ATTENDANCE));
                case MOTHER, FATHER -> parents++;
                case LEGAL_REP -> legalRepresentative = true;
                default -> {}
            }
        }
        this.children = List.copyOf(list);
        this.guardian = legalRepresentative;
        this.singleParent = parents == 1;
        this.ages = new int[children.size()];
    }

    void moveTo(long epochDay) {
        day = epochDay;
        present = 0;
        for (int i = 0; i < ages.length; i++) {
            ages[i] = children.get(i).age(epochDay);
            if (ages[i] >= 0) {
                present++;
            }
        }
    }

    /** Children born by today. */
    int present() {
        return present;
    }

    boolean guardian() {
        return guardian;
    }

    /** Children the agency sees on its own today. */
    int count(SignalAgency agency) {
        int count = 0;
        for (int i = 0; i < ages.length; i++) {
            if (sees(agency, i)) {
                count++;
            }
        }
        return count;
    }

    /** A baby counts 1, a child of 1–6 0.4, a pupil 0.2. */
    double clinicExposure() {
        double exposure = 0;
        for (int age : ages) {
            if (age == 0) {
                exposure += 1;
            } else if (age > 0) {
                exposure += age <= 6 ? 0.4 : 0.2;
            }
        }
        return exposure;
    }

    /** Indexes of the children an indicator row can be about today. */
    List<Integer> childrenFor(IndicatorTable.Row row, SignalAgency agency) {
        List<Integer> fit = new ArrayList<>(2);
        for (int i = 0; i < ages.length; i++) {
            if (sees(agency, i) && row.fitsAge(ages[i])) {
                fit.add(i);
            }
        }
        return fit;
    }

    boolean fitsChild(IndicatorTable.Row row, SignalAgency agency, int child) {
        return sees(agency, child) && row.fitsAge(ages[child]);
    }

    UUID childId(int index) {
        return children.get(index).id();
    }

    boolean satisfies(IndicatorTable.Requirement requirement, LocalDate date) {
        return switch (requirement) {
            case NONE -> true;
            case GUARDIAN -> guardian;
            case THREE_CHILDREN -> present >= 3;
            case SINGLE_PARENT -> singleParent;
            case WINTER ->
                date.getMonthValue() >= Month.OCTOBER.getValue() || date.getMonthValue() <= Month.APRIL.getValue();
        };
    }

    private boolean sees(SignalAgency agency, int child) {
        int age = ages[child];
        return age >= 0
                && agency.sees(
                        age,
                        day - children.get(child).born(),
                        children.get(child).attendsKindergarten());
    }
}
