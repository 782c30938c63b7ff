package ru.rodnik.directory.internal;

import java.time.LocalDate;

/**
 * A day on which the federal calendar departs from an ordinary week, with its reason as the data file (or the
 * holiday's name, for a statutory transfer) gives it.
 */
record FederalDay(LocalDate day, Kind kind, String note) {

    enum Kind {
        /** A public holiday of Labour Code art. 112 part 1. */
        HOLIDAY,
        /** A weekday off by the year's decree. */
        DAY_OFF,
        /** A weekday off by art. 112 part 2: the weekend day that coincided with the holiday in {@code note}. */
        STATUTORY_DAY_OFF,
        /** A Saturday or Sunday worked by the year's decree. */
        WORKING_DAY;

        boolean working() {
            return this == WORKING_DAY;
        }
    }
}
