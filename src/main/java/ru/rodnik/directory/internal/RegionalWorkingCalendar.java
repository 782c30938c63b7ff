package ru.rodnik.directory.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import ru.rodnik.directory.WorkingCalendar;

/**
 * The working calendar other modules count deadlines with. Each region's calendar (zone and own days) is read from
 * the database once and kept for a minute, so a queue page that computes a deadline per row costs no query; a change
 * made on this node is seen at once, one made on another node within that minute. A region code that names no
 * region counts by Moscow time and the federal calendar alone.
 */
@Service
class RegionalWorkingCalendar implements WorkingCalendar {

    static final Duration KEPT_FOR = Duration.ofMinutes(1);
    private static final Logger log = LoggerFactory.getLogger(RegionalWorkingCalendar.class);

    private final FederalCalendar federal;
    private final TerritoryRepository territories;
    private final RegionDayRepository days;
    private final Clock clock;
    private final Map<String, Loaded> regions = new ConcurrentHashMap<>();

    RegionalWorkingCalendar(
            FederalCalendar federal, TerritoryRepository territories, RegionDayRepository days, Clock clock) {
        this.federal = federal;
        this.territories = territories;
        this.days = days;
        this.clock = clock;
    }

    private record Loaded(RegionCalendar calendar, Instant at) {}

    @Override
    public ZoneId zoneOf(String regionCode) {
        return region(regionCode).zone();
    }

    @Override
    public boolean isWorkingDay(String regionCode, LocalDate day) {
        return region(regionCode).isWorkingDay(day);
    }

    @Override
    public Instant endOfWorkingDays(String regionCode, Instant from, int workingDays) {
        return region(regionCode).endOfWorkingDays(from, workingDays);
    }

    RegionCalendar region(String regionCode) {
        Instant now = clock.instant();
        Loaded loaded = regions.get(regionCode);
        if (loaded == null || !loaded.at().plus(KEPT_FOR).isAfter(now)) {
            loaded = new Loaded(load(regionCode), now);
            regions.put(regionCode, loaded);
        }
        return loaded.calendar();
    }

    /** Forgets the region once the current transaction commits (at once without one), so the change counts next. */
    void changed(String regionCode) {
        regions.remove(regionCode);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    regions.remove(regionCode);
                }
            });
        }
    }

    private RegionCalendar load(String regionCode) {
        ZoneId zone = territories
                .timeZone(regionCode)
                .map(id -> RegionTimeZones.parse(id).orElseGet(() -> {
                    log.warn(
                            "Region {} has an unknown time zone {}; counting by {}",
                            regionCode,
                            id,
                            RegionTimeZones.DEFAULT);
                    return RegionTimeZones.DEFAULT;
                }))
                .orElse(RegionTimeZones.DEFAULT);
        return new RegionCalendar(zone, days.kinds(regionCode), federal);
    }
}
