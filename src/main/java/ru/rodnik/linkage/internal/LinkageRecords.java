package ru.rodnik.linkage.internal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import ru.rodnik.registry.NameNormaliser;
import ru.rodnik.registry.PersonDetails;
import ru.rodnik.registry.Snils;

/**
 * Turns what someone wrote about a person into the engine's normalised view. Subjects and registry persons pass
 * through the same code, so both sides of every comparison were normalised alike.
 */
@Component
class LinkageRecords {

    private final NameNormaliser names;

    LinkageRecords(NameNormaliser names) {
        this.names = names;
    }

    LinkageRecord of(
            PersonDetails details,
            @Nullable String territoryCode,
            @Nullable String addressText,
            Set<String> coSubjectKeys) {
        String surname = text(details.lastName());
        String given = text(details.firstName());
        String patronymic = text(details.patronymic());
        return LinkageRecord.builder()
                .surname(
                        surname == null ? null : names.normalise(surname),
                        surname == null ? null : names.surnameKey(surname),
                        surname == null ? null : names.phoneticKey(surname))
                .givenName(
                        given == null ? null : names.normalise(given),
                        given == null ? Set.of() : names.givenNameKeys(given),
                        given == null ? null : names.phoneticKey(given))
                .patronymic(patronymic == null ? null : names.normalise(patronymic))
                .birthDate(details.birthDate())
                .sex(details.sex())
                .snils(snilsDigits(details.snils()))
                .birthCertificate(certificate(details.birthCertificate()))
                .territoryCode(text(territoryCode))
                .address(address(addressText))
                .coSubjectKeys(coSubjectKeys)
                .build();
    }

    // Compiled once: a record is made for every subject linked and every candidate compared.
    private static final Pattern NOT_A_DIGIT = Pattern.compile("\\D");
    private static final Pattern CERTIFICATE_SEPARATOR = Pattern.compile("[\\s\\-№]");
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    /** Digits only, kept even when the checksum fails: a mistyped SNILS still says something. */
    static @Nullable String snilsDigits(@Nullable String snils) {
        if (snils == null) {
            return null;
        }
        String digits = NOT_A_DIGIT.matcher(snils).replaceAll("");
        return digits.length() == 11 ? digits : null;
    }

    static boolean validSnils(@Nullable String snils) {
        return snils != null && Snils.isValid(snils);
    }

    private static @Nullable String certificate(@Nullable String certificate) {
        if (certificate == null) {
            return null;
        }
        String compact = CERTIFICATE_SEPARATOR
                .matcher(certificate.toUpperCase(Locale.ROOT))
                .replaceAll("");
        return compact.isEmpty() ? null : compact;
    }

    /**
     * Addresses are compared as their meaningful words: lower case, ё as е, punctuation and the usual abbreviations
     * (г., ул., д., кв.) dropped, numbers kept.
     */
    static @Nullable String address(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        StringBuilder normalised = new StringBuilder();
        for (String word : NOT_A_WORD.split(text.toLowerCase(RUSSIAN).replace('ё', 'е'))) {
            if (word.isEmpty() || AddressWords.NOISE.contains(word)) {
                continue;
            }
            if (!normalised.isEmpty()) {
                normalised.append(' ');
            }
            normalised.append(word);
        }
        return normalised.isEmpty() ? null : normalised.toString();
    }

    private static @Nullable String text(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static final class AddressWords {
        static final Set<String> NOISE = Set.of(
                "г",
                "город",
                "гор",
                "ул",
                "улица",
                "д",
                "дом",
                "кв",
                "квартира",
                "корп",
                "корпус",
                "к",
                "стр",
                "строение",
                "с",
                "село",
                "пос",
                "поселок",
                "п",
                "рп",
                "дер",
                "деревня",
                "пр",
                "пр-т",
                "проспект",
                "пер",
                "переулок",
                "мкр",
                "микрорайон",
                "р",
                "н",
                "район",
                "обл",
                "область");
    }
}
