package ru.rodnik.intake.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.rodnik.audit.AuditAction;
import ru.rodnik.audit.AuditLog;
import ru.rodnik.audit.AuditSubject;
import ru.rodnik.platform.CurrentActor;
import ru.rodnik.platform.FieldViolation;
import ru.rodnik.platform.InvalidInputException;

/** The administrator sets the region's screening deadlines; signals received afterwards are due by them. */
@Service
@PreAuthorize("hasRole('ADMIN')")
class DeadlineSettings {

    private final ScreeningDeadlines deadlines;
    private final ScreeningDeadlineRepository regions;
    private final AuditLog audit;
    private final CurrentActor actors;

    DeadlineSettings(
            ScreeningDeadlines deadlines, ScreeningDeadlineRepository regions, AuditLog audit, CurrentActor actors) {
        this.deadlines = deadlines;
        this.regions = regions;
        this.audit = audit;
        this.actors = actors;
    }

    @Transactional(readOnly = true)
    ScreeningDeadlines.Settings current() {
        return deadlines.settings(region());
    }

    /** Both numbers as typed, checked together so that the form shows every mistake at once. */
    @Transactional
    void save(@Nullable String immediateHours, @Nullable String standardWorkingDays) {
        List<FieldViolation> violations = new ArrayList<>();
        int hours = number(immediateHours, 1, 168, "immediateHours", violations);
        int days = number(standardWorkingDays, 1, 30, "standardWorkingDays", violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        regions.save(region(), new ScreeningDeadlines.Settings(hours, days));
        audit.record(
                AuditAction.UPDATE,
                AuditSubject.of("SCREENING_DEADLINE", region()),
                "immediate " + hours + " h, standard " + days + " working days");
    }

    private static int number(@Nullable String value, int min, int max, String field, List<FieldViolation> violations) {
        try {
            int number = Integer.parseInt(value == null ? "" : value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below, like a number out of range
        }
        violations.add(FieldViolation.of(field, "E4110", "intake.deadlines.range", min, max));
        return min;
    }

    private String region() {
        return Objects.requireNonNull(actors.get().regionCode(), "every user belongs to a region");
    }
}
