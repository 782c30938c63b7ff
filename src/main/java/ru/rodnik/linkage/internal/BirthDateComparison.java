package ru.rodnik.linkage.internal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Compares two birth dates; each level is the first that fits, in the order of {@link BirthDateLevel}. */
final class BirthDateComparison {

    BirthDateLevel compare(@Nullable LocalDate a, @Nullable LocalDate b) {
        if (a == null || b == null) {
            return BirthDateLevel.MISSING;
        }
        if (a.equals(b)) {
            return BirthDateLevel.EXACT;
        }
        if (a.getYear() == b.getYear()
                && a.getDayOfMonth() == b.getMonthValue()
                && a.getMonthValue() == b.getDayOfMonth()) {
            return BirthDateLevel.DAY_MONTH_SWAPPED;
        }
        if (oneDigitApart(digits(a), digits(b))) {
            return BirthDateLevel.ONE_DIGIT;
        }
        if (Math.abs(a.toEpochDay() - b.toEpochDay()) <= 3) {
            return BirthDateLevel.WITHIN_3_DAYS;
        }
        return a.getYear() == b.getYear() ? BirthDateLevel.SAME_YEAR : BirthDateLevel.DIFFERENT;
    }

    /** YYYYMMDD as a number, so that digits can be compared without building strings. */
    private static int digits(LocalDate date) {
        return date.getYear() * 10_000 + date.getMonthValue() * 100 + date.getDayOfMonth();
    }

    /** One of the eight digits different, or two neighbouring digits exchanged. */
    static boolean oneDigitApart(int a, int b) {
        int differences = 0;
        int first = -1;
        int second = -1;
        int restA = a;
        int restB = b;
        for (int position = 0; position < 8; position++) {
            if (restA % 10 != restB % 10) {
                differences++;
                if (differences == 1) {
                    first = position;
                } else if (differences == 2) {
                    second = position;
                } else {
                    return false;
                }
            }
            restA /= 10;
            restB /= 10;
        }
        if (differences == 1) {
            return true;
        }
        return differences == 2
                && second == first + 1
                && digitAt(a, first) == digitAt(b, second)
                && digitAt(a, second) == digitAt(b, first);
    }

    /** The digit at a position counted from the right, from 0. */
    private static int digitAt(int number, int position) {
        int rest = number;
        for (int i = 0; i < position; i++) {
            rest /= 10;
        }
        return rest % 10;
    }
}
