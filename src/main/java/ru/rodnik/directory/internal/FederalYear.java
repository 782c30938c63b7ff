package ru.rodnik.directory.internal;

import java.time.LocalDate;
import java.util.BitSet;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One year of the federal calendar, computed once: a bit per day of the year for "not worked", and the days that
 * differ from an ordinary Monday-to-Friday week.
 */
final class FederalYear {

    private final int year;
    private final @Nullable String decree;
    private final BitSet nonWorking;
    private final List<FederalDay> days;

    FederalYear(int year, @Nullable String decree, BitSet nonWorking, List<FederalDay> days) {
        this.year = year;
        this.decree = decree;
        this.nonWorking = (BitSet) nonWorking.clone();
        this.days = List.copyOf(days);
    }

    int year() {
        return year;
    }

    /**
     * The act whose transfers this year follows, or null when none is recorded and the statutory rule (Labour Code
     * art. 112 part 2) was applied instead.
     */
    @Nullable
    String decree() {
        return decree;
    }

    /** Holidays and transferred days, in date order. */
    List<FederalDay> days() {
        return days;
    }

    boolean isWorkingDay(LocalDate day) {
        return !nonWorking.get(day.getDayOfYear());
    }

    int workingDays() {
        return LocalDate.of(year, 1, 1).lengthOfYear() - nonWorking.cardinality();
    }
}
