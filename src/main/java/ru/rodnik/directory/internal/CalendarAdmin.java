package ru.rodnik.directory.internal;

import static ru.rodnik.directory.internal.UserAccountAdmin.trimmed;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.rodnik.audit.AuditAction;
import ru.rodnik.audit.AuditLog;
import ru.rodnik.audit.AuditSubject;
import ru.rodnik.directory.Territory;
import ru.rodnik.directory.TerritoryLevel;
import ru.rodnik.platform.CurrentActor;
import ru.rodnik.platform.FieldViolation;
import ru.rodnik.platform.InvalidInputException;
import ru.rodnik.platform.NotFoundException;

/** A region's calendar as administrators keep it: its time zone and its own days off and working days. */
@Service
@PreAuthorize("hasRole('ADMIN')")
class CalendarAdmin {

    static final String SUBJECT = "REGION_CALENDAR_DAY";
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;
    private static final int NOTE_LENGTH = 200;

    private final TerritoryRepository territories;
    private final RegionDayRepository days;
    private final FederalCalendar federal;
    private final RegionalWorkingCalendar calendar;
    private final AuditLog audit;
    private final CurrentActor actor;
    private final Clock clock;

    CalendarAdmin(
            TerritoryRepository territories,
            RegionDayRepository days,
            FederalCalendar federal,
            RegionalWorkingCalendar calendar,
            AuditLog audit,
            CurrentActor actor,
            Clock clock) {
        this.territories = territories;
        this.days = days;
        this.federal = federal;
        this.calendar = calendar;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    public record NewRegionDay(
            @Nullable String day,
            @Nullable String kind,
            @Nullable String note) {}

    public record TimeZoneChange(@Nullable String timeZone, int version) {}

    /** One line of a region's year: a federal holiday or transfer, or the region's own day. */
    public record Entry(
            LocalDate day,
            String kind,
            boolean regional,
            @Nullable String note,
            boolean working) {}

    /**
     * A region's calendar for one year.
     *
     * @param zoneSet whether the region has its own zone, or counts by the default
     * @param decree the federal decree the year follows; null when the statutory rule was applied
     */
    public record Year(
            Territory region,
            ZoneId zone,
            boolean zoneSet,
            int year,
            @Nullable String decree,
            int workingDays,
            List<Entry> entries) {}

    @Transactional(readOnly = true)
    Year year(String regionCode, int year) {
        Territory region = region(regionCode);
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new NotFoundException("CALENDAR_YEAR", year);
        }
        RegionCalendar regionCalendar = calendar.region(regionCode);
        FederalYear federalYear = federal.year(year);
        List<Entry> entries = new ArrayList<>();
        for (FederalDay day : federalYear.days()) {
            entries.add(
                    new Entry(day.day(), day.kind().name(), false, day.note(), regionCalendar.isWorkingDay(day.day())));
        }
        for (RegionDay day : days.inYear(regionCode, year)) {
            entries.add(new Entry(
                    day.day(),
                    "REGION_" + day.kind().name(),
                    true,
                    day.note(),
                    regionCalendar.isWorkingDay(day.day())));
        }
        entries.sort(Comparator.comparing(Entry::day).thenComparing(Entry::regional));
        int workingDays = 0;
        for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
            workingDays += regionCalendar.isWorkingDay(day) ? 1 : 0;
        }
        Optional<String> zone = territories.timeZone(regionCode);
        return new Year(
                region,
                regionCalendar.zone(),
                zone.isPresent(),
                year,
                federalYear.decree(),
                workingDays,
                List.copyOf(entries));
    }

    @Transactional
    RegionDay add(String regionCode, NewRegionDay request) {
        region(regionCode);
        List<FieldViolation> violations = new ArrayList<>();
        LocalDate day = parseDay(request.day(), violations);
        RegionDayKind kind = parseKind(request.kind(), violations);
        String note = trimmed(request.note());
        if (note.length() > NOTE_LENGTH) {
            violations.add(FieldViolation.of("note", "E1507", "directory.field.tooLong", NOTE_LENGTH));
        }
        if (day != null && kind != null) {
            boolean federallyWorking = federal.isWorkingDay(day);
            if (kind == RegionDayKind.DAY_OFF && !federallyWorking) {
                violations.add(FieldViolation.of("day", "E1505", "directory.calendar.day.alreadyOff"));
            } else if (kind == RegionDayKind.WORKING_DAY && federallyWorking) {
                violations.add(FieldViolation.of("day", "E1506", "directory.calendar.day.alreadyWorking"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        RegionDay regionDay = new RegionDay(regionCode, day, kind, note.isEmpty() ? null : note);
        if (!days.insert(regionDay, actor.get().name(), clock.instant())) {
            throw new InvalidInputException(FieldViolation.of("day", "E1504", "directory.calendar.day.taken"));
        }
        audit.record(AuditAction.CREATE, subject(regionCode, day), kind.name());
        calendar.changed(regionCode);
        return regionDay;
    }

    @Transactional
    void remove(String regionCode, LocalDate day) {
        region(regionCode);
        if (!days.delete(regionCode, day)) {
            throw new NotFoundException(SUBJECT, regionCode + "/" + day);
        }
        audit.record(AuditAction.DELETE, subject(regionCode, day));
        calendar.changed(regionCode);
    }

    @Transactional
    void changeTimeZone(String regionCode, TimeZoneChange change) {
        region(regionCode);
        ZoneId zone = RegionTimeZones.parse(change.timeZone())
                .orElseThrow(() -> new InvalidInputException(
                        FieldViolation.of("timeZone", "E1508", "directory.calendar.timeZone.unknown")));
        territories.updateTimeZone(regionCode, zone, change.version());
        audit.record(AuditAction.UPDATE, AuditSubject.of(TerritoryAdmin.SUBJECT, regionCode), "time zone");
        calendar.changed(regionCode);
    }

    private Territory region(String regionCode) {
        return territories
                .find(regionCode)
                .filter(territory -> territory.level() == TerritoryLevel.REGION)
                .orElseThrow(() -> new NotFoundException("REGION", regionCode));
    }

    private static @Nullable LocalDate parseDay(@Nullable String value, List<FieldViolation> violations) {
        try {
            LocalDate day = LocalDate.parse(trimmed(value));
            if (day.getYear() < FIRST_YEAR || day.getYear() > LAST_YEAR) {
                violations.add(
                        FieldViolation.of("day", "E1502", "directory.calendar.day.range", FIRST_YEAR, LAST_YEAR));
                return null;
            }
            return day;
        } catch (DateTimeParseException e) {
            violations.add(FieldViolation.of("day", "E1501", "directory.calendar.day.format"));
            return null;
        }
    }

    private static @Nullable RegionDayKind parseKind(@Nullable String value, List<FieldViolation> violations) {
        for (RegionDayKind kind : RegionDayKind.values()) {
            if (kind.name().equals(value)) {
                return kind;
            }
        }
        violations.add(FieldViolation.of("kind", "E1503", "directory.calendar.kind.required"));
        return null;
    }

    private static AuditSubject subject(String regionCode, LocalDate day) {
        return AuditSubject.of(SUBJECT, regionCode + "/" + day);
    }
}
