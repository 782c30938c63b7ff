package ru.rodnik.registry;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A person as someone describes them: the fields of the API and of the forms, not yet validated. SNILS may be given
 * in any usual spelling.
 */
public record PersonDetails(
        @Nullable String lastName,
        @Nullable String firstName,
        @Nullable String patronymic,
        @Nullable LocalDate birthDate,
        @Nullable Sex sex,
        @Nullable String snils,
        @Nullable String birthCertificate,
        @Nullable String phone) {}
