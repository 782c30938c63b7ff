package ru.rodnik.synthetic;

import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import ru.rodnik.registry.Sex;

/**
 * A person as the truth knows them.
 *
 * @param snils eleven digits with a valid checksum; null for the few persons who have none
 * @param birthCertificate children only, e.g. {@code II-ЕТ 123456}
 * @param phone adults only, and not all of them
 * @param maidenName a woman's surname at birth when she carries another one now; the name agencies may still use
 */
public record SyntheticPerson(
        UUID truthId,
        String lastName,
        String firstName,
        String patronymic,
        LocalDate birthDate,
        Sex sex,
        @Nullable String snils,
        @Nullable String birthCertificate,
        @Nullable String phone,
        @Nullable String maidenName) {

    public int ageOn(LocalDate date) {
        return Period.between(birthDate, date).getYears();
    }
}
