package ru.rodnik.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class RegionTimeZonesTest {

    @Test
    void onlyNamedZonesOfTheTzDatabaseAreAccepted() {
        assertThat(RegionTimeZones.parse(" Asia/Novosibirsk ")).contains(ZoneId.of("Asia/Novosibirsk"));
        assertThat(RegionTimeZones.parse("+07:00")).isEmpty();
        assertThat(RegionTimeZones.parse("UTC+7")).isEmpty();
        assertThat(RegionTimeZones.parse("asia/novosibirsk")).isEmpty();
        assertThat(RegionTimeZones.parse("Mars/Olympus")).isEmpty();
        assertThat(RegionTimeZones.parse(null)).isEmpty();
    }

    @Test
    void everyZoneOfferedForRussiaIsKnownToTheRuntime() {
        assertThat(RegionTimeZones.RUSSIA)
                .allSatisfy(id -> assertThat(RegionTimeZones.parse(id)).as(id).isPresent())
                .contains(RegionTimeZones.DEFAULT.getId())
                .doesNotHaveDuplicates();
    }
}
