package ru.rodnik.platform;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/**
 * Identifiers of new rows: time-ordered UUIDs (version 7, RFC 9562), the creation time's milliseconds first and 74
 * random bits after. A random UUID (version 4) as a primary key puts every new row's index entry on a random page of
 * the index, so that intake touches, dirties and (after each checkpoint) writes whole into the WAL a page per index
 * per row; time-ordered keys of rows created together land on the same few pages at the index's end. The random
 * part keeps them as hard to guess as before within a millisecond; the time they show is the row's creation, which
 * its records carry anyway.
 */
public final class Uuids {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final long VERSION_7 = 0x7000L;
    private static final long RFC_VARIANT = 0x8000_0000_0000_0000L;

    private Uuids() {}

    /** A new time-ordered identifier. */
    public static UUID timeOrdered() {
        return timeOrdered(Clock.systemUTC());
    }

    static UUID timeOrdered(Clock clock) {
        long millis = clock.millis();
        long high = (millis << 16) | VERSION_7 | (RANDOM.nextLong() & 0x0FFFL);
        long low = (RANDOM.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | RFC_VARIANT;
        return new UUID(high, low);
    }
}
