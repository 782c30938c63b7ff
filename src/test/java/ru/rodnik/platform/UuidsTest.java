package ru.rodnik.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UuidsTest {

    @Test
    void isAVersion7UuidOfTheRfcVariantThatCarriesItsMillisecond() {
        Instant created = Instant.parse("2026-11-26T01:15:00.123Z");

        UUID id = Uuids.timeOrdered(Clock.fixed(created, ZoneOffset.UTC));

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(created.toEpochMilli());
        assertThat(id.toString()).startsWith("01a2156b-8e9b-7");
    }

    /** PostgreSQL orders uuids by their bytes, as their text sorts: later ids sort after earlier ones. */
    @Test
    void laterIdsSortAfterEarlierOnes() {
        Instant first = Instant.parse("2026-11-26T01:15:00Z");
        UUID earlier = Uuids.timeOrdered(Clock.fixed(first, ZoneOffset.UTC));
        UUID later = Uuids.timeOrdered(Clock.fixed(first.plusMillis(1), ZoneOffset.UTC));

        assertThat(later.toString()).isGreaterThan(earlier.toString());
    }

    @Test
    void idsOfTheSameMillisecondDiffer() {
        Clock sameInstant = Clock.fixed(Instant.parse("2026-11-26T01:15:00Z"), ZoneOffset.UTC);
        Set<UUID> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(Uuids.timeOrdered(sameInstant));
        }

        assertThat(ids).hasSize(10_000);
    }
}
