package ru.rodnik.intake.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /api/v1/signals} (DESIGN.md §5), as the agency sent it. Enumerations and dates are
 * strings here so that a wrong value is answered with 422 naming the field, not with an unreadable body.
 */
record SignalReport(
        @Nullable String externalId,
        @Nullable String urgency,
        @Nullable List<@Nullable String> indicators,
        @Nullable String description,
        @Nullable List<@Nullable ReportedSubject> subjects,
        @Nullable ReportedAddress address,
        @Nullable ReportedContact contact) {

    record ReportedSubject(
            @Nullable String role,
            @Nullable String lastName,
            @Nullable String firstName,
            @Nullable String patronymic,
            @Nullable String birthDate,
            @Nullable String sex,
            @Nullable String snils,
            @Nullable String birthCertificate) {}

    record ReportedAddress(@Nullable String text, @Nullable String territoryCode) {}

    record ReportedContact(@Nullable String name, @Nullable String phone) {}
}
