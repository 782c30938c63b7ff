package ru.rodnik.earlywarning.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.rodnik.audit.AuditAction;
import ru.rodnik.audit.AuditLog;
import ru.rodnik.audit.AuditSubject;
import ru.rodnik.earlywarning.ScoringParameters;
import ru.rodnik.platform.CurrentActor;
import ru.rodnik.platform.FieldViolation;
import ru.rodnik.platform.InvalidInputException;

/**
 * The administrator sets the region's early-warning parameters (or returns to the defaults); every family of the
 * region with a score is then scored again with them ({@link RegionRescoring}).
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
class ScoringSettings {

    static final String SUBJECT_TYPE = "WARNING_PARAMETERS";
    static final int MAX_DAYS = 3650;
    static final BigDecimal MAX_POINTS = BigDecimal.valueOf(100);
    static final BigDecimal MAX_THRESHOLD = BigDecimal.valueOf(1000);

    private final ScoringParametersRepository parameters;
    private final AuditLog audit;
    private final CurrentActor actors;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ScoringSettings(
            ScoringParametersRepository parameters,
            AuditLog audit,
            CurrentActor actors,
            ApplicationEventPublisher events,
            Clock clock) {
        this.parameters = parameters;
        this.audit = audit;
        this.actors = actors;
        this.events = events;
        this.clock = clock;
    }

    /** The region's own parameters; empty while the defaults apply. */
    @Transactional(readOnly = true)
    Optional<ScoringParameters> current() {
        return parameters.set(region());
    }

    /**
     * The parameters as typed, by the names of {@link ScoringParameters}' components, checked together so that the
     * form shows every mistake at once.
     */
    @Transactional
    ScoringParameters save(Map<String, String> typed) {
        List<FieldViolation> violations = new ArrayList<>();
        Fields fields = new Fields(typed, violations);
        int windowDays = fields.days("windowDays");
        ScoringParameters set = new ScoringParameters(
                fields.days("halfLifeDays"),
                windowDays,
                fields.decimal("threshold", new BigDecimal("0.1"), MAX_THRESHOLD),
                fields.ruleWindow("multiAgencyWindowDays", windowDays),
                fields.decimal("multiAgencyPoints", BigDecimal.ZERO, MAX_POINTS),
                fields.ruleWindow("repeatWindowDays", windowDays),
                fields.whole("repeatCount", 2, 100),
                fields.decimal("repeatPoints", BigDecimal.ZERO, MAX_POINTS),
                fields.ruleWindow("repeatedIndicatorWindowDays", windowDays),
                fields.decimal("repeatedIndicatorPoints", BigDecimal.ZERO, MAX_POINTS),
                fields.ruleWindow("immediateWindowDays", windowDays));
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        String region = region();
        Instant at = clock.instant();
        parameters.save(region, set, at);
        audit.record(AuditAction.UPDATE, AuditSubject.of(SUBJECT_TYPE, region), set.toString());
        events.publishEvent(new ScoringParametersChanged(region, at));
        return set;
    }

    /** The region goes back to {@link ScoringParameters#DEFAULTS}. */
    @Transactional
    void reset() {
        String region = region();
        parameters.reset(region);
        audit.record(AuditAction.UPDATE, AuditSubject.of(SUBJECT_TYPE, region), "defaults");
        events.publishEvent(new ScoringParametersChanged(region, clock.instant()));
    }

    private String region() {
        return Objects.requireNonNull(actors.get().regionCode(), "every user belongs to a region");
    }

    /** Reads the typed numbers; a rejected one adds its violation and stands in as a valid value. */
    private record Fields(Map<String, String> typed, List<FieldViolation> violations) {

        int days(String field) {
            return whole(field, 1, MAX_DAYS);
        }

        /** A rule looks at signals within the window only; a longer window of its own would promise more. */
        int ruleWindow(String field, int windowDays) {
            int days = days(field);
            if (days > windowDays) {
                violations.add(FieldViolation.of(field, "E4603", "earlywarning.settings.beyondWindow", windowDays));
                return windowDays;
            }
            return days;
        }

        int whole(String field, int min, int max) {
            try {
                int number = Integer.parseInt(text(field));
                if (number >= min && number <= max) {
                    return number;
                }
            } catch (NumberFormatException e) {
                // reported below, like a number out of range
            }
            violations.add(FieldViolation.of(field, "E4601", "earlywarning.settings.whole", min, max));
            return Math.max(min, 1);
        }

        /** Up to two decimals (the column's scale), with a comma or a point. */
        double decimal(String field, BigDecimal min, BigDecimal max) {
            try {
                BigDecimal number = new BigDecimal(text(field).replace(',', '.'));
                if (number.compareTo(min) >= 0
                        && number.compareTo(max) <= 0
                        && number.stripTrailingZeros().scale() <= 2) {
                    return number.doubleValue();
                }
            } catch (NumberFormatException e) {
                // reported below, like a number out of range
            }
            violations.add(FieldViolation.of(
                    field, "E4602", "earlywarning.settings.decimal", min.toPlainString(), max.toPlainString()));
            return Math.max(min.doubleValue(), 1);
        }

        private String text(String field) {
            @Nullable String value = typed.get(field);
            return value == null ? "" : value.strip();
        }
    }
}
