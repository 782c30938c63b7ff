package ru.rodnik.synthetic.internal;

import java.util.SplittableRandom;
import ru.rodnik.registry.Snils;

/** A SNILS as it arrives mistyped: one digit wrong, and so a checksum that fails. */
final class SnilsSlips {

    private SnilsSlips() {}

    /**
     * One of the eleven digits replaced by another. A few such changes keep the checksum valid (the sums 100 and 101
     * both give 00); those are tried again, because a mistyped SNILS that passes the check would be another person's.
     */
    static String oneDigitWrong(String digits, SplittableRandom random) {
        for (int attempt = 0; attempt < 50; attempt++) {
            char[] changed = digits.toCharArray();
            int at = random.nextInt(changed.length);
            changed[at] = (char) ('0' + (changed[at] - '0' + 1 + random.nextInt(9)) % 10);
            String result = new String(changed);
            if (!Snils.isValid(result)) {
                return result;
            }
        }
        throw new IllegalStateException("No single-digit change of this SNILS fails its checksum");
    }
}
