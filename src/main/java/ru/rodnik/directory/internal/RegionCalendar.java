package ru.rodnik.directory.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

/**
 * One region's working days: the federal calendar with the region's own days off and working days on top, counted
 * by the region's clock. Immutable; {@link RegionalWorkingCalendar} keeps one per region.
 */
final class RegionCalendar {

    private final ZoneId zone;
    private final Map<LocalDate, RegionDayKind> own;
    private final FederalCalendar federal;

    RegionCalendar(ZoneId zone, Map<LocalDate, RegionDayKind> own, FederalCalendar federal) {
        this.zone = zone;
        this.own = Map.copyOf(own);
        this.federal = federal;
    }

    ZoneId zone() {
        return zone;
    }

    boolean isWorkingDay(LocalDate day) {
        RegionDayKind decided = own.get(day);
        return decided == null ? federal.isWorkingDay(day) : decided == RegionDayKind.WORKING_DAY;
    }

    /**
     * The start of the day after the {@code workingDays}-th working day that follows the local day of {@code from}.
     * The day of {@code from} itself never counts, worked or not; zero working days end when that day ends.
     */
    Instant endOfWorkingDays(Instant from, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("A number of working days cannot be negative: " + workingDays);
        }
        LocalDate day = from.atZone(zone).toLocalDate();
        for (int counted = 0; counted < workingDays; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
