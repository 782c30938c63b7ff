package ru.rodnik.synthetic.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Birth dates that fit together: children under 18 spaced like real siblings, a mother who was 18 to 45 at every
 * birth, a father a little older. Families with small children are over-represented, as they are among the families
 * agencies report: the youngest child's age leans young, so about a third of all children are under four.
 */
final class BirthDates {

    /** Relative chance that the youngest child is 0, 1, … 17 full years old. */
    private static final WeightedChoice<Integer> YOUNGEST_AGE = WeightedChoice.ofCounts(
            List.of(18.0, 17.0, 15.0, 12.0, 8.0, 7.0, 6.5, 6.0, 5.5, 5.0, 4.5, 4.0, 3.5, 3.0, 2.5, 2.0, 1.5, 1.0));

    /** Chance that the next older sibling is a twin of the last one. */
    static final double TWINS = 0.02;

    private BirthDates() {}

    /** Up to {@code wanted} children, eldest first; fewer when an older sibling would be 18 already. */
    static List<LocalDate> children(LocalDate asOf, int wanted, SplittableRandom random) {
        int years = YOUNGEST_AGE.pick(random);
        LocalDate youngest = asOf.minusYears(years).minusDays(1 + random.nextInt(364));
        LocalDate adultIfBornBy = asOf.minusYears(18);
        List<LocalDate> dates = new ArrayList<>(wanted);
        dates.add(youngest);
        LocalDate current = youngest;
        while (dates.size() < wanted) {
            LocalDate next = random.nextDouble() < TWINS ? current : current.minusDays(gapDays(random));
            if (!next.isAfter(adultIfBornBy)) {
                break;
            }
            dates.add(next);
            current = next;
        }
        Collections.reverse(dates);
        return dates;
    }

    /** 0.9 to 5.9 years, most often about three and a half. */
    private static long gapDays(SplittableRandom random) {
        return 330 + Math.round((random.nextDouble() + random.nextDouble()) * 2.5 * 365);
    }

    /** 18 or older at the eldest's birth, 45 or younger at the youngest's, most often about 26 at the first. */
    static LocalDate mother(LocalDate eldest, LocalDate youngest, SplittableRandom random) {
        LocalDate latest = eldest.minusYears(18);
        LocalDate earliest = youngest.minusYears(46).plusDays(1);
        return clamp(eldest.minusDays(yearsInDays(26 + 4.5 * random.nextGaussian())), earliest, latest);
    }

    /** Usually a couple of years older than the mother; 18 or older at the eldest's birth, 60 or younger at the last. */
    static LocalDate father(LocalDate motherBirth, LocalDate eldest, LocalDate youngest, SplittableRandom random) {
        LocalDate latest = eldest.minusYears(18);
        LocalDate earliest = youngest.minusYears(61).plusDays(1);
        return clamp(motherBirth.minusDays(yearsInDays(2.5 + 3.5 * random.nextGaussian())), earliest, latest);
    }

    /** A parent of someone born on {@code childBirth}: 18 to 42 years older, most often 25. */
    static LocalDate parentOf(LocalDate childBirth, SplittableRandom random) {
        double years = Math.max(18, Math.min(42, 25 + 4 * random.nextGaussian()));
        return childBirth.minusDays(yearsInDays(years));
    }

    private static long yearsInDays(double years) {
        return Math.round(years * 365.25);
    }

    private static LocalDate clamp(LocalDate date, LocalDate earliest, LocalDate latest) {
        if (date.isBefore(earliest)) {
            return earliest;
        }
        return date.isAfter(latest) ? latest : date;
    }
}
