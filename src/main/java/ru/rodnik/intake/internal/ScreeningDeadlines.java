package ru.rodnik.intake.internal;

import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;
import ru.rodnik.directory.WorkingCalendar;
import ru.rodnik.intake.Urgency;

/**
 * By when the family centre must decide about a signal (DESIGN.md §3): an IMMEDIATE one within hours, counted on
 * the clock; a STANDARD one by the end of the N-th working day after receipt, by the region's working-day calendar.
 * Both numbers are the region's, with 24 hours and 3 working days where the region set none.
 */
@Component
class ScreeningDeadlines {

    static final Settings DEFAULTS = new Settings(24, 3);

    private final ScreeningDeadlineRepository regions;
    private final WorkingCalendar calendar;

    ScreeningDeadlines(ScreeningDeadlineRepository regions, WorkingCalendar calendar) {
        this.regions = regions;
        this.calendar = calendar;
    }

    record Settings(int immediateHours, int standardWorkingDays) {}

    Instant dueAt(String regionCode, Urgency urgency, Instant receivedAt) {
        Settings settings = settings(regionCode);
        return switch (urgency) {
            case IMMEDIATE -> receivedAt.plus(Duration.ofHours(settings.immediateHours()));
            case STANDARD -> calendar.endOfWorkingDays(regionCode, receivedAt, settings.standardWorkingDays());
        };
    }

    Settings settings(String regionCode) {
        return regions.find(regionCode).orElse(DEFAULTS);
    }
}
