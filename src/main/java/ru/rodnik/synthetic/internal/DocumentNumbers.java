package ru.rodnik.synthetic.internal;

import java.util.SplittableRandom;

/**
 * SNILS and birth certificate numbers that are unique within a region, as real ones are: drawn at random, a million
 * persons would share about 500 SNILS and teach linkage that a SNILS proves little. Each person's serial (family
 * index and place in the family) is sent through a seeded permutation of the number space, which looks random and
 * never repeats.
 */
final class DocumentNumbers {

    /** SNILS numbers up to 001-001-998 were issued before check digits and are never made here. */
    private static final long FIRST_SNILS = 1_001_999L;

    private static final long SNILS_COUNT = 999_999_999L - FIRST_SNILS + 1;

    /** Demo series: a Roman numeral and two Cyrillic letters, as on Russian birth certificates. */
    private static final String[] CERTIFICATE_SERIES = {
        "I-ЕТ", "II-ЕТ", "III-ЕТ", "IV-ЕТ", "I-ПН", "II-ПН", "III-ПН", "IV-ПН",
        "I-АИ", "II-АИ", "III-АИ", "IV-АИ", "I-МЮ", "II-МЮ", "III-МЮ", "IV-МЮ"
    };

    private static final long CERTIFICATE_COUNT = CERTIFICATE_SERIES.length * 1_000_000L;

    private final Permutation snils;
    private final Permutation certificates;

    DocumentNumbers(long seed) {
        this.snils = new Permutation(SNILS_COUNT, 30, Seeds.random(seed, 0, Seeds.SNILS));
        this.certificates = new Permutation(CERTIFICATE_COUNT, 24, Seeds.random(seed, 0, Seeds.BIRTH_CERTIFICATES));
    }

    /** Eleven digits with valid check digits; distinct serials below 998,998,001 give distinct numbers. */
    String snils(long serial) {
        long number = FIRST_SNILS + snils.apply(serial);
        char[] digits = new char[11];
        long rest = number;
        for (int i = 8; i >= 0; i--) {
            digits[i] = (char) ('0' + rest % 10);
            rest /= 10;
        }
        int check = snilsCheckValue(digits);
        digits[9] = (char) ('0' + check / 10);
        digits[10] = (char) ('0' + check % 10);
        return new String(digits);
    }

    /** As {@code ru.rodnik.registry.Snils} checks it: Σ digit×(9−position), 100 and 101 give 00, above that mod 101. */
    static int snilsCheckValue(char[] digits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits[i] - '0') * (9 - i);
        }
        if (sum > 101) {
            sum %= 101;
        }
        return sum == 100 || sum == 101 ? 0 : sum;
    }

    /** «II-ЕТ 123456»; distinct serials below 16 million give distinct certificates. */
    String birthCertificate(long serial) {
        long value = certificates.apply(serial);
        String number = Long.toString(value % 1_000_000L);
        return CERTIFICATE_SERIES[(int) (value / 1_000_000L)] + " " + "0".repeat(6 - number.length()) + number;
    }

    /**
     * A keyed Feistel network over {@code bits} bits, walked round until it lands below {@code size}: a bijection of
     * {@code [0, size)} with no visible pattern. (An affine map would do the bijection too, but would give the members
     * of a family SNILS numbers a constant step apart.)
     */
    private static final class Permutation {
        private static final int ROUNDS = 4;

        private final long size;
        private final int halfBits;
        private final long halfMask;
        private final long[] keys = new long[ROUNDS];

        Permutation(long size, int bits, SplittableRandom random) {
            if (bits % 2 != 0 || size > 1L << bits) {
                throw new IllegalArgumentException("An even number of bits that holds the size");
            }
            this.size = size;
            this.halfBits = bits / 2;
            this.halfMask = (1L << halfBits) - 1;
            for (int i = 0; i < ROUNDS; i++) {
                keys[i] = random.nextLong();
            }
        }

        long apply(long serial) {
            long value = Math.floorMod(serial, size);
            do {
                value = encrypt(value);
            } while (value >= size);
            return value;
        }

        private long encrypt(long value) {
            long left = value >>> halfBits;
            long right = value & halfMask;
            for (long key : keys) {
                long next = left ^ (Seeds.mix(right ^ key) & halfMask);
                left = right;
                right = next;
            }
            return (left << halfBits) | right;
        }
    }
}
