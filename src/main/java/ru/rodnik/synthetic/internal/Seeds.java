package ru.rodnik.synthetic.internal;

import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Independent random streams per family and purpose, derived from the region's seed, so that a family can be made
 * alone, in any order, and does not change when another part of the generator draws more numbers.
 */
final class Seeds {

    static final long FAMILY = 1;
    static final long REPORTS = 2;
    static final long SNILS = 3;
    static final long BIRTH_CERTIFICATES = 4;
    static final long SIGNALS = 5;

    private Seeds() {}

    static SplittableRandom random(long seed, long index, long purpose) {
        return new SplittableRandom(mix(seed ^ mix(index * 0x9E3779B97F4A7C15L + purpose)));
    }

    /** A random (version 4) UUID from the given stream. */
    static UUID uuid(SplittableRandom random) {
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low);
    }

    /** MurmurHash3's finaliser: neighbouring indexes end up far apart. */
    static long mix(long value) {
        long z = value;
        z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
        z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
        return z ^ (z >>> 33);
    }
}
