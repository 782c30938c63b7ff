package ru.rodnik.linkage.internal;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import ru.rodnik.registry.Sex;
import ru.rodnik.registry.Snils;

/**
 * A person as the matching engine sees it: the forms of each value that the comparisons need, already normalised by
 * the caller (lower case Cyrillic, no ё, no spaces or hyphens — see {@link ru.rodnik.registry.NameNormaliser}). The
 * engine never normalises, so that one normaliser serves search, blocking and matching alike.
 *
 * <p>Both sides of a comparison are records of this kind: a subject named in a signal, and a registry person.
 *
 * @param surname normalised surname, e.g. {@code семенова}
 * @param surnameKey the surname without its gendered ending ({@code семенов}), shared by mother and son
 * @param surnamePhonetic phonetic key of the surname
 * @param givenName normalised first name as written ({@code наталия}, {@code саша})
 * @param givenNameKeys the full names it may stand for ({@code наталья}; {@code александр, александра})
 * @param givenNamePhonetic phonetic key of the first name
 * @param patronymic normalised patronymic
 * @param birthDate date of birth
 * @param sex sex, as written or as derived by the caller
 * @param snils 11 digits of the СНИЛС as written, valid or not
 * @param snilsValid whether {@code snils} passes its checksum ({@link Snils#isValid}); the builder computes it
 * @param birthCertificate normalised series and number of the birth certificate
 * @param territoryCode OKTMO-like code of the territory of residence
 * @param address normalised address of residence
 * @param coSubjectKeys keys of the people seen together with this one ({@link CoSubjectKeys}): for a subject, the
 *     other subjects of the same signal; for a registry person, the members of their family
 */
record LinkageRecord(
        @Nullable String surname,
        @Nullable String surnameKey,
        @Nullable String surnamePhonetic,
        @Nullable String givenName,
        Set<String> givenNameKeys,
        @Nullable String givenNamePhonetic,
        @Nullable String patronymic,
        @Nullable LocalDate birthDate,
        @Nullable Sex sex,
        @Nullable String snils,
        boolean snilsValid,
        @Nullable String birthCertificate,
        @Nullable String territoryCode,
        @Nullable String address,
        Set<String> coSubjectKeys) {

    LinkageRecord {
        surname = present(surname);
        surnameKey = surname == null ? null : orElse(present(surnameKey), surname);
        surnamePhonetic = surname == null ? null : present(surnamePhonetic);
        givenName = present(givenName);
        // An unknown first name is its own key (the normaliser's contract); keeping that here means a comparison
        // never has to ask whether the keys were filled in.
        givenNameKeys =
                givenName == null ? Set.of() : givenNameKeys.isEmpty() ? Set.of(givenName) : Set.copyOf(givenNameKeys);
        givenNamePhonetic = givenName == null ? null : present(givenNamePhonetic);
        patronymic = present(patronymic);
        snils = present(snils);
        if (snils == null && snilsValid) {
            throw new IllegalArgumentException("A missing SNILS cannot be valid");
        }
        birthCertificate = present(birthCertificate);
        territoryCode = present(territoryCode);
        address = present(address);
        coSubjectKeys = Set.copyOf(coSubjectKeys);
    }

    static Builder builder() {
        return new Builder();
    }

    private static @Nullable String present(@Nullable String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    private static String orElse(@Nullable String value, String fallback) {
        return value == null ? fallback : value;
    }

    /** Fills a record by name rather than by position; fifteen positional values invite a silent swap. */
    static final class Builder {
        private @Nullable String surname;
        private @Nullable String surnameKey;
        private @Nullable String surnamePhonetic;
        private @Nullable String givenName;
        private Set<String> givenNameKeys = Set.of();
        private @Nullable String givenNamePhonetic;
        private @Nullable String patronymic;
        private @Nullable LocalDate birthDate;
        private @Nullable Sex sex;
        private @Nullable String snils;
        private @Nullable String birthCertificate;
        private @Nullable String territoryCode;
        private @Nullable String address;
        private Set<String> coSubjectKeys = Set.of();

        private Builder() {}

        Builder surname(@Nullable String surname, @Nullable String key, @Nullable String phonetic) {
            this.surname = surname;
            this.surnameKey = key;
            this.surnamePhonetic = phonetic;
            return this;
        }

        Builder givenName(@Nullable String givenName, Set<String> keys, @Nullable String phonetic) {
            this.givenName = givenName;
            this.givenNameKeys = keys;
            this.givenNamePhonetic = phonetic;
            return this;
        }

        Builder patronymic(@Nullable String patronymic) {
            this.patronymic = patronymic;
            return this;
        }

        Builder birthDate(@Nullable LocalDate birthDate) {
            this.birthDate = birthDate;
            return this;
        }

        Builder sex(@Nullable Sex sex) {
            this.sex = sex;
            return this;
        }

        Builder snils(@Nullable String digits) {
            this.snils = digits;
            return this;
        }

        Builder birthCertificate(@Nullable String birthCertificate) {
            this.birthCertificate = birthCertificate;
            return this;
        }

        Builder territoryCode(@Nullable String territoryCode) {
            this.territoryCode = territoryCode;
            return this;
        }

        Builder address(@Nullable String address) {
            this.address = address;
            return this;
        }

        Builder coSubjectKeys(Set<String> coSubjectKeys) {
            this.coSubjectKeys = coSubjectKeys;
            return this;
        }

        LinkageRecord build() {
            String digits = snils == null || snils.isEmpty() ? null : snils;
            return new LinkageRecord(
                    surname,
                    surnameKey,
                    surnamePhonetic,
                    givenName,
                    givenNameKeys,
                    givenNamePhonetic,
                    patronymic,
                    birthDate,
                    sex,
                    digits,
                    digits != null && Snils.isValid(digits),
                    birthCertificate,
                    territoryCode,
                    address,
                    coSubjectKeys);
        }
    }
}
