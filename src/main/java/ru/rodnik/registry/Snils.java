package ru.rodnik.registry;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * СНИЛС: 9 digits of the number and 2 check digits. The check value is Σ digit×(9−position) over the 9 digits; a sum
 * below 100 is the check value itself, 100 and 101 give 00, larger sums are taken mod 101 first. Numbers up to
 * 001-001-998 were issued before check digits existed and are not checked.
 */
public record Snils(String digits) {

    private static final long UNCHECKED_UP_TO = 1_001_998L;

    private static final Pattern SEPARATOR = Pattern.compile("[\\s-]");

    public Snils {
        if (!isValid(digits)) {
            throw new IllegalArgumentException("Not a valid SNILS");
        }
    }

    /** Accepts the usual spellings: {@code 112-233-445 95}, {@code 11223344595}. */
    public static Optional<Snils> parse(String text) {
        String digits = SEPARATOR.matcher(text).replaceAll("");
        return isValid(digits) ? Optional.of(new Snils(digits)) : Optional.empty();
    }

    public static boolean isValid(String digits) {
        if (digits == null || !elevenDigits(digits)) {
            return false;
        }
        long number = Long.parseLong(digits.substring(0, 9));
        if (number <= UNCHECKED_UP_TO) {
            return true;
        }
        return checkValue(digits.substring(0, 9)) == Integer.parseInt(digits.substring(9));
    }

    /** Without a regular expression: every subject linked and every person registered is checked. */
    private static boolean elevenDigits(String text) {
        if (text.length() != 11) {
            return false;
        }
        for (int i = 0; i < 11; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    static int checkValue(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nineDigits.charAt(i) - '0') * (9 - i);
        }
        if (sum > 101) {
            sum %= 101;
        }
        return sum == 100 || sum == 101 ? 0 : sum;
    }

    /** The canonical spelling {@code 112-233-445 95}. */
    public String formatted() {
        return digits.substring(0, 3) + "-" + digits.substring(3, 6) + "-" + digits.substring(6, 9) + " "
                + digits.substring(9);
    }

    @Override
    public String toString() {
        // A SNILS identifies a person: never let it reach a log line by accident.
        return "Snils[***]";
    }
}
