package ru.rodnik.intake.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import ru.rodnik.directory.Directory;
import ru.rodnik.intake.Urgency;
import ru.rodnik.linkage.Subject;
import ru.rodnik.platform.FieldViolation;
import ru.rodnik.platform.InvalidInputException;
import ru.rodnik.registry.FamilyRole;
import ru.rodnik.registry.PersonDetails;
import ru.rodnik.registry.Registry;
import ru.rodnik.registry.Sex;

/**
 * Every rule a reported signal must meet, checked all at once before anything is stored, so that the agency gets
 * the complete list of what to fix. Codes E4xxx are stable: API clients act on them.
 */
@Component
class SignalChecks {

    static final int MAX_INDICATORS = 30;
    static final int MAX_SUBJECTS = 20;
    static final int MAX_KEY = 200;
    static final int MAX_DESCRIPTION = 4000;
    static final int MAX_ADDRESS = 300;
    static final int MAX_CONTACT_NAME = 200;
    static final int MAX_CONTACT_PHONE = 40;

    private final IndicatorCatalogue catalogue;
    private final Directory directory;
    private final Registry registry;

    SignalChecks(IndicatorCatalogue catalogue, Directory directory, Registry registry) {
        this.catalogue = catalogue;
        this.directory = directory;
        this.registry = registry;
    }

    /** The signal as it will be stored: urgency decided, indicators without repeats, subjects ready for linkage. */
    record CheckedSignal(
            Urgency reportedUrgency,
            Urgency urgency,
            List<String> indicators,
            List<Subject> subjects,
            String territoryCode,
            @Nullable String addressText) {}

    CheckedSignal check(SignalReport report, @Nullable String idempotencyKey, String regionCode) {
        List<FieldViolation> violations = new ArrayList<>();
        tooLong(idempotencyKey, MAX_KEY, "Idempotency-Key", "E4012", violations);
        tooLong(report.externalId(), MAX_KEY, "externalId", "E4011", violations);
        tooLong(report.description(), MAX_DESCRIPTION, "description", "E4011", violations);
        Urgency reported = urgency(report.urgency(), violations);
        List<String> indicators = indicators(report.indicators(), violations);
        String territory = territory(report.address(), regionCode, violations);
        String addressText =
                report.address() == null ? null : blankToNull(report.address().text());
        tooLong(addressText, MAX_ADDRESS, "address.text", "E4011", violations);
        if (report.contact() != null) {
            tooLong(report.contact().name(), MAX_CONTACT_NAME, "contact.name", "E4011", violations);
            tooLong(report.contact().phone(), MAX_CONTACT_PHONE, "contact.phone", "E4011", violations);
        }
        List<Subject> subjects = subjects(report.subjects(), territory, addressText, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        // An indicator that alone means danger to a child decides, whatever the reporter chose.
        Urgency urgency = catalogue.immediateAmong(indicators).isEmpty() ? reported : Urgency.IMMEDIATE;
        return new CheckedSignal(reported, urgency, indicators, subjects, territory, addressText);
    }

    private static Urgency urgency(@Nullable String value, List<FieldViolation> violations) {
        if (value == null || value.isBlank()) {
            // A missing judgement must not block a report about a child; immediate indicators still raise it.
            return Urgency.STANDARD;
        }
        try {
            return Urgency.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            violations.add(FieldViolation.of("urgency", "E4003", "intake.signal.urgency.invalid"));
            return Urgency.STANDARD;
        }
    }

    private List<String> indicators(@Nullable List<@Nullable String> codes, List<FieldViolation> violations) {
        if (codes == null || codes.isEmpty()) {
            violations.add(FieldViolation.of("indicators", "E4001", "intake.signal.indicators.required"));
            return List.of();
        }
        if (codes.size() > MAX_INDICATORS) {
            violations.add(
                    FieldViolation.of("indicators", "E4013", "intake.signal.indicators.tooMany", MAX_INDICATORS));
            return List.of();
        }
        Set<String> known = new LinkedHashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i) == null ? "" : codes.get(i).strip();
            if (catalogue.find(code).isPresent()) {
                known.add(code);
            } else {
                violations.add(FieldViolation.of(
                        "indicators[" + i + "]", "E4002", "intake.signal.indicator.unknown", shorten(code)));
            }
        }
        return List.copyOf(known);
    }

    private String territory(
            SignalReport.@Nullable ReportedAddress address, String regionCode, List<FieldViolation> violations) {
        String code = address == null ? null : blankToNull(address.territoryCode());
        if (code == null) {
            violations.add(FieldViolation.of("address.territoryCode", "E4008", "intake.signal.territory.required"));
            return "";
        }
        // A territory of another region is as unknown to this reporter as a code that does not exist.
        boolean known = directory
                .territory(code)
                .filter(t -> t.regionCode().equals(regionCode))
                .isPresent();
        if (!known) {
            violations.add(FieldViolation.of("address.territoryCode", "E4009", "intake.signal.territory.unknown"));
        }
        return code;
    }

    private List<Subject> subjects(
            @Nullable List<SignalReport.@Nullable ReportedSubject> reported,
            String territory,
            @Nullable String addressText,
            List<FieldViolation> violations) {
        if (reported == null || reported.isEmpty()) {
            violations.add(FieldViolation.of("subjects", "E4004", "intake.signal.child.required"));
            return List.of();
        }
        if (reported.size() > MAX_SUBJECTS) {
            violations.add(FieldViolation.of("subjects", "E4014", "intake.signal.subjects.tooMany", MAX_SUBJECTS));
            return List.of();
        }
        List<Subject> subjects = new ArrayList<>();
        boolean child = false;
        for (int i = 0; i < reported.size(); i++) {
            String prefix = "subjects[" + i + "].";
            SignalReport.ReportedSubject subject = reported.get(i);
            if (subject == null) {
                violations.add(FieldViolation.of("subjects[" + i + "]", "E4005", "intake.signal.role.invalid"));
                continue;
            }
            FamilyRole role = role(subject.role(), prefix, violations);
            child |= role == FamilyRole.CHILD;
            PersonDetails details = new PersonDetails(
                    subject.lastName(),
                    subject.firstName(),
                    subject.patronymic(),
                    birthDate(subject.birthDate(), prefix, violations),
                    sex(subject.sex(), prefix, violations),
                    subject.snils(),
                    subject.birthCertificate(),
                    null);
            violations.addAll(registry.check(details, prefix));
            subjects.add(new Subject(role, details, territory, addressText));
        }
        if (!child) {
            violations.add(FieldViolation.of("subjects", "E4004", "intake.signal.child.required"));
        }
        return subjects;
    }

    private static @Nullable FamilyRole role(@Nullable String value, String prefix, List<FieldViolation> violations) {
        try {
            return FamilyRole.valueOf(value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            violations.add(FieldViolation.of(prefix + "role", "E4005", "intake.signal.role.invalid"));
            return null;
        }
    }

    private static @Nullable Sex sex(@Nullable String value, String prefix, List<FieldViolation> violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Sex.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            violations.add(FieldViolation.of(prefix + "sex", "E4006", "intake.signal.sex.invalid"));
            return null;
        }
    }

    private static @Nullable LocalDate birthDate(
            @Nullable String value, String prefix, List<FieldViolation> violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            violations.add(FieldViolation.of(prefix + "birthDate", "E4007", "intake.signal.birthDate.format"));
            return null;
        }
    }

    private static void tooLong(
            @Nullable String value, int max, String field, String code, List<FieldViolation> violations) {
        if (value != null && value.strip().length() > max) {
            violations.add(FieldViolation.of(field, code, "intake.signal.field.tooLong", max));
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The unknown code is echoed to help the client, but never at any length. */
    private static String shorten(String code) {
        return code.length() > 64 ? code.substring(0, 64) + "…" : code;
    }
}
