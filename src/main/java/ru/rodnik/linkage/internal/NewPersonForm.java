package ru.rodnik.linkage.internal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import ru.rodnik.registry.PersonDetails;
import ru.rodnik.registry.Sex;

/** What a screener types to register a person; the same fields as the API's. */
public record NewPersonForm(
        @Nullable String lastName,
        @Nullable String firstName,
        @Nullable String patronymic,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate birthDate,

        @Nullable Sex sex,
        @Nullable String snils,
        @Nullable String birthCertificate,
        @Nullable String phone) {

    PersonDetails details() {
        return new PersonDetails(lastName, firstName, patronymic, birthDate, sex, snils, birthCertificate, phone);
    }

    static NewPersonForm empty() {
        return new NewPersonForm(null, null, null, null, null, null, null, null);
    }
}
