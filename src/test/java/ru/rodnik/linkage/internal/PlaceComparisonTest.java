package ru.rodnik.linkage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlaceComparisonTest {

    private static final String LESNAYA = "пушкиноулеснаяд5кв12";
    private static final String SADOVAYA = "пушкиноулсадоваяд1";

    private final PlaceComparison places = new PlaceComparison();

    @Test
    void theSameAddressIsSameAddress() {
        assertThat(places.compare(LESNAYA, "46658000", LESNAYA, "46658000")).isEqualTo(PlaceLevel.SAME_ADDRESS);
        assertThat(places.compare(LESNAYA, null, LESNAYA, null)).isEqualTo(PlaceLevel.SAME_ADDRESS);
    }

    @Test
    void anotherAddressInTheSameTerritoryIsSameTerritory() {
        assertThat(places.compare(LESNAYA, "46658000", SADOVAYA, "46658000")).isEqualTo(PlaceLevel.SAME_TERRITORY);
        assertThat(places.compare(null, "46658000", LESNAYA, "46658000")).isEqualTo(PlaceLevel.SAME_TERRITORY);
    }

    @Test
    void anotherTerritoryIsDifferentEvenForAnEqualAddressText() {
        assertThat(places.compare(LESNAYA, "46658000", SADOVAYA, "50701000")).isEqualTo(PlaceLevel.DIFFERENT);
        assertThat(places.compare("уллеснаяд5", "46658000", "уллеснаяд5", "50701000"))
                .isEqualTo(PlaceLevel.DIFFERENT);
    }

    @Test
    void differentAddressesWithoutTerritoriesAreMissing() {
        assertThat(places.compare(LESNAYA, null, SADOVAYA, "46658000")).isEqualTo(PlaceLevel.MISSING);
        assertThat(places.compare(null, null, null, null)).isEqualTo(PlaceLevel.MISSING);
    }
}
