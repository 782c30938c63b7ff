package ru.rodnik.registry;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A person of the registry, with names as written; {@code mergedInto} is set when this record was a duplicate. */
public record Person(
        PersonId id,
        String regionCode,
        String lastName,
        String firstName,
        @Nullable String patronymic,
        @Nullable LocalDate birthDate,
        @Nullable Sex sex,
        @Nullable String snils,
        @Nullable String birthCertificate,
        @Nullable String phone,
        @Nullable PersonId mergedInto,
        int version) {

    /** SNILS as people write it ({@code 112-233-445 95}), or null. */
    public @Nullable String snilsFormatted() {
        return snils == null ? null : Snils.parse(snils).map(Snils::formatted).orElse(snils);
    }

    public String fullName() {
        return patronymic == null ? lastName + " " + firstName : lastName + " " + firstName + " " + patronymic;
    }
}
