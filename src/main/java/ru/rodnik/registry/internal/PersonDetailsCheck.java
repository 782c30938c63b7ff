package ru.rodnik.registry.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import ru.rodnik.platform.FieldViolation;
import ru.rodnik.platform.InvalidInputException;
import ru.rodnik.registry.PersonDetails;
import ru.rodnik.registry.Snils;

/**
 * The rules a person's details must meet before anything is stored. Codes E2xxx are stable: API clients act on them.
 * Field names are those of the API ({@code prefix} lets a caller say {@code subjects[2].}).
 */
final class PersonDetailsCheck {

    static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);
    private static final int MAX_NAME = 100;

    private PersonDetailsCheck() {}

    static List<FieldViolation> violations(PersonDetails details, LocalDate today, String prefix) {
        List<FieldViolation> violations = new ArrayList<>();
        name(details.lastName(), prefix + "lastName", "E2001", violations);
        name(details.firstName(), prefix + "firstName", "E2002", violations);
        if (details.patronymic() != null && details.patronymic().strip().length() > MAX_NAME) {
            violations.add(FieldViolation.of(prefix + "patronymic", "E2003", "registry.person.name.tooLong", MAX_NAME));
        }
        LocalDate birthDate = details.birthDate();
        if (birthDate != null && birthDate.isAfter(today)) {
            violations.add(FieldViolation.of(prefix + "birthDate", "E2004", "registry.person.birthDate.future"));
        } else if (birthDate != null && birthDate.isBefore(EARLIEST_BIRTH_DATE)) {
            violations.add(FieldViolation.of(prefix + "birthDate", "E2005", "registry.person.birthDate.tooEarly"));
        }
        String snils = details.snils();
        if (snils != null && !snils.isBlank() && Snils.parse(snils).isEmpty()) {
            violations.add(FieldViolation.of(prefix + "snils", "E2006", "registry.person.snils.invalid"));
        }
        if (details.birthCertificate() != null
                && details.birthCertificate().strip().length() > 20) {
            violations.add(
                    FieldViolation.of(prefix + "birthCertificate", "E2007", "registry.person.field.tooLong", 20));
        }
        String phone = details.phone();
        if (phone != null && !phone.isBlank() && !phone.strip().matches("[+0-9()\\-\\s]{5,20}")) {
            violations.add(FieldViolation.of(prefix + "phone", "E2008", "registry.person.phone.format"));
        }
        return violations;
    }

    static void require(PersonDetails details, LocalDate today) {
        List<FieldViolation> violations = violations(details, today, "");
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private static void name(@Nullable String value, String field, String code, List<FieldViolation> violations) {
        if (value == null || value.isBlank()) {
            violations.add(FieldViolation.of(field, code, "registry.person.name.required"));
        } else if (value.strip().length() > MAX_NAME) {
            violations.add(FieldViolation.of(field, code, "registry.person.name.tooLong", MAX_NAME));
        } else if (value.chars().noneMatch(Character::isLetter)) {
            violations.add(FieldViolation.of(field, code, "registry.person.name.letters"));
        }
    }
}
