package ru.rodnik.synthetic.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/** Mistakes in a written birth date; each answers null when it cannot be made on this date. */
final class DateSlips {

    /** Digits of dd.mm.yyyy that people get wrong: day, month, the last two of the year (nobody misses the century). */
    private static final int[] DIGIT_POSITIONS = {0, 1, 2, 3, 6, 7};

    private DateSlips() {}

    /** 04.07 read as 07.04: only possible when the day could be a month, and a change only when they differ. */
    static @Nullable LocalDate dayMonthSwapped(LocalDate date) {
        if (date.getDayOfMonth() > 12 || date.getDayOfMonth() == date.getMonthValue()) {
            return null;
        }
        return LocalDate.of(date.getYear(), date.getDayOfMonth(), date.getMonthValue());
    }

    /** One digit of the day, month or year's end changed, giving another real date. */
    static @Nullable LocalDate oneDigitChanged(LocalDate date, SplittableRandom random) {
        char[] digits = digitsOf(date);
        for (int attempt = 0; attempt < 20; attempt++) {
            char[] changed = digits.clone();
            int at = DIGIT_POSITIONS[random.nextInt(DIGIT_POSITIONS.length)];
            changed[at] = (char) ('0' + (changed[at] - '0' + 1 + random.nextInt(9)) % 10);
            LocalDate result = dateOf(changed);
            if (result != null) {
                return result;
            }
        }
        return null;
    }

    /** One to three days earlier or later. */
    static LocalDate shifted(LocalDate date, SplittableRandom random) {
        int days = 1 + random.nextInt(3);
        return random.nextBoolean() ? date.plusDays(days) : date.minusDays(days);
    }

    private static char[] digitsOf(LocalDate date) {
        int day = date.getDayOfMonth();
        int month = date.getMonthValue();
        int year = date.getYear();
        return new char[] {
            digit(day / 10), digit(day % 10), digit(month / 10), digit(month % 10),
            digit(year / 1000), digit(year / 100 % 10), digit(year / 10 % 10), digit(year % 10)
        };
    }

    private static char digit(int value) {
        return (char) ('0' + value);
    }

    private static @Nullable LocalDate dateOf(char[] digits) {
        int day = (digits[0] - '0') * 10 + (digits[1] - '0');
        int month = (digits[2] - '0') * 10 + (digits[3] - '0');
        int year = Integer.parseInt(new String(digits, 4, 4));
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
