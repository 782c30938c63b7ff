package ru.rodnik.linkage.internal;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The keys under which registry persons are filed and subjects look for them, so that only a handful of persons
 * need comparing. A person's keys ({@link #filedUnder}) go into {@code linkage_block_key (block_key, person_id)},
 * hashed with the region ({@link StoredBlockingKey}), whose primary key is the index they are found by; a subject's
 * keys ({@link #soughtUnder}) are looked up there in one query, each key in its own index lookup
 * ({@code LinkagePersonRepository.filedUnder}).
 * A pair is found when it shares any one key, so each key needs to survive only some kinds of noise, as long as
 * every kind — and the likely pairs of kinds — leaves at least one key intact.
 *
 * <p>Tokens: the surname tokens are the surname and its key ({@code семенова}, {@code семенов}); the first-name tokens
 * are the first name and its keys ({@code наташа}, {@code наталья}). Dates are written with day and month in
 * ascending order, so a date and its day/month exchange give one key. Pairs of names are unordered, so that a
 * surname and first name written in each other's fields give the same key. Initials are never filed under.
 *
 * <table>
 * <caption>Keys and the noise each survives</caption>
 * <tr><th>key</th><th>survives</th><th>lost to</th></tr>
 * <tr><td>{@code d:} date + any one name token</td>
 *     <td>any noise in the other name (typo, variant, transliteration, maiden name), names swapped, day/month
 *     swapped</td><td>a wrong or missing date; noise in both names</td></tr>
 * <tr><td>{@code di:} date + the two initials</td>
 *     <td>typos and transliterations in both names at once (they seldom touch the first letter), names swapped,
 *     day/month swapped</td><td>a wrong or missing date, a maiden name, a diminutive with another initial</td></tr>
 * <tr><td>{@code dp:} date + patronymic</td>
 *     <td>noise in both names, a maiden name together with a first-name typo</td>
 *     <td>a wrong or missing date or patronymic</td></tr>
 * <tr><td>{@code sp:} surname key + patronymic + birth year; {@code gp:} first-name token + patronymic + year</td>
 *     <td>noise in the other name together with a wrong day or month (a maiden name with a date slip)</td>
 *     <td>a missing patronymic, a wrong year</td></tr>
 * <tr><td>{@code nd:} surname token + first-name token + birth decade; {@code pd:} the phonetic keys of both
 *     names + decade</td>
 *     <td>a wrong day, month or year within the decade; names swapped; gender form of the surname and resolved
 *     diminutives ({@code nd:}); typos and transliterations that keep the sound ({@code pd:})</td>
 *     <td>a wrong decade; a maiden name; typos that change the sound</td></tr>
 * <tr><td>{@code n:}, {@code p:} the same without the decade</td>
 *     <td>as {@code nd:} and {@code pd:}, for a subject without a birth date</td>
 *     <td>as {@code nd:} and {@code pd:}</td></tr>
 * <tr><td>{@code nf:} surname token + first-name token + patronymic, without a date</td>
 *     <td>a missing birth date: the patronymic sets the person apart from most namesakes that {@code n:} ties
 *     with (1,400 holders of «Иванова Анна» in a million, a few dozen of «Иванова Анна Сергеевна»); names swapped,
 *     gender form of the surname, resolved diminutives</td>
 *     <td>a missing patronymic, noise in any of the three names</td></tr>
 * <tr><td>{@code a:} normalised address + any one name token</td>
 *     <td>a missing or wrong date together with noise in the other name, a maiden name without a date</td>
 *     <td>a missing address or one written differently</td></tr>
 * <tr><td>{@code snils:}, {@code bc:} the identifier as written</td>
 *     <td>every noise in names and dates</td><td>a wrong or missing identifier</td></tr>
 * </table>
 *
 * <p>Every key is filed, but a subject with a birth date does not seek the undated name keys {@code n:},
 * {@code nf:} and {@code p:}: those of the commonest names (Иванова Анна) hold hundreds of persons in a large registry, and the dated
 * keys cover the same ground. The price is a subject whose birth date is wrong in the decade and whose names are
 * also noisy.
 */
final class BlockingKeys {

    private enum Use {
        FILING,
        SEEKING
    }

    /** The keys to file a registry person under. */
    Set<String> filedUnder(LinkageRecord person) {
        return keys(person, Use.FILING);
    }

    /** The keys to look a subject's candidates up by; also those of a registry person when looking for duplicates. */
    Set<String> soughtUnder(LinkageRecord subject) {
        return keys(subject, Use.SEEKING);
    }

    private static Set<String> keys(LinkageRecord record, Use use) {
        Set<String> keys = new LinkedHashSet<>();
        Set<String> surnameTokens = surnameTokens(record);
        Set<String> givenTokens = givenTokens(record);
        LocalDate birthDate = record.birthDate();
        String date = birthDate == null ? null : unorderedDate(birthDate);
        String surnameKey = record.surnameKey();
        String givenName = record.givenName();
        boolean bothNames = !surnameTokens.isEmpty() && !givenTokens.isEmpty();

        if (date != null) {
            for (String token : surnameTokens) {
                keys.add("d:" + date + ":" + token);
            }
            for (String token : givenTokens) {
                keys.add("d:" + date + ":" + token);
            }
            if (bothNames && surnameKey != null && givenName != null) {
                keys.add("di:" + date + ":" + unorderedPair(surnameKey.substring(0, 1), givenName.substring(0, 1)));
            }
        }

        String patronymic = record.patronymic();
        if (birthDate != null && date != null && patronymic != null && !Spelling.isInitial(patronymic)) {
            int year = birthDate.getYear();
            keys.add("dp:" + date + ":" + patronymic);
            if (surnameKey != null && !surnameTokens.isEmpty()) {
                keys.add("sp:" + surnameKey + ":" + patronymic + ":" + year);
            }
            for (String token : givenTokens) {
                keys.add("gp:" + token + ":" + patronymic + ":" + year);
            }
        }

        boolean undated = use == Use.FILING || birthDate == null;
        String decade = birthDate == null ? null : Integer.toString(birthDate.getYear() / 10);
        boolean fullName = undated && patronymic != null && !Spelling.isInitial(patronymic);
        for (String surname : surnameTokens) {
            for (String given : givenTokens) {
                String pair = unorderedPair(surname, given);
                if (undated) {
                    keys.add("n:" + pair);
                }
                if (fullName) {
                    keys.add("nf:" + pair + ":" + patronymic);
                }
                if (decade != null) {
                    keys.add("nd:" + pair + ":" + decade);
                }
            }
        }
        String surnamePhonetic = record.surnamePhonetic();
        String givenPhonetic = record.givenNamePhonetic();
        if (bothNames && surnamePhonetic != null && givenPhonetic != null) {
            String pair = unorderedPair(surnamePhonetic, givenPhonetic);
            if (undated) {
                keys.add("p:" + pair);
            }
            if (decade != null) {
                keys.add("pd:" + pair + ":" + decade);
            }
        }

        String address = record.address();
        if (address != null) {
            for (String token : surnameTokens) {
                keys.add("a:" + address + ":" + token);
            }
            for (String token : givenTokens) {
                keys.add("a:" + address + ":" + token);
            }
        }
        addIfPresent(keys, "snils:", record.snils());
        addIfPresent(keys, "bc:", record.birthCertificate());
        return keys;
    }

    private static Set<String> surnameTokens(LinkageRecord record) {
        Set<String> tokens = new LinkedHashSet<>(2);
        String surname = record.surname();
        String surnameKey = record.surnameKey();
        // An initial would file the person under every name that starts with its letter.
        if (surname != null && surnameKey != null && !Spelling.isInitial(surname)) {
            tokens.add(surname);
            tokens.add(surnameKey);
        }
        return tokens;
    }

    private static Set<String> givenTokens(LinkageRecord record) {
        Set<String> tokens = new LinkedHashSet<>(4);
        String givenName = record.givenName();
        if (givenName != null && !Spelling.isInitial(givenName)) {
            tokens.add(givenName);
            tokens.addAll(record.givenNameKeys());
        }
        return tokens;
    }

    /** Year, then the smaller and the larger of day and month: 02.03.2016 and 03.02.2016 give one key. */
    static String unorderedDate(LocalDate date) {
        int day = date.getDayOfMonth();
        int month = date.getMonthValue();
        return date.getYear() + "-" + twoDigits(Math.min(day, month)) + "-" + twoDigits(Math.max(day, month));
    }

    private static String twoDigits(int number) {
        return number < 10 ? "0" + number : Integer.toString(number);
    }

    private static String unorderedPair(String a, String b) {
        return a.compareTo(b) <= 0 ? a + ":" + b : b + ":" + a;
    }

    private static void addIfPresent(Set<String> keys, String prefix, @Nullable String value) {
        if (value != null) {
            keys.add(prefix + value);
        }
    }
}
