package ru.rodnik.directory;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Working days of a region: weekends, the Russian public holidays and the government's day transfers (kept as data,
 * year by year), and the region's own days off. Deadlines "within N working days" are counted with it.
 */
public interface WorkingCalendar {

    /** The region's time zone: a working day begins and ends by its clock. */
    ZoneId zoneOf(String regionCode);

    boolean isWorkingDay(String regionCode, LocalDate day);

    /**
     * The end (the following midnight, in the region's zone) of the {@code workingDays}-th working day after the day
     * that contains {@code from}. Received on Friday, 3 working days end on Wednesday at midnight, or later when a
     * holiday falls in between. The day of {@code from} never counts; zero working days end when that day ends; a
     * negative number is refused with {@link IllegalArgumentException}. A code that names no region counts by
     * Europe/Moscow and the federal calendar alone.
     */
    Instant endOfWorkingDays(String regionCode, Instant from, int workingDays);
}
