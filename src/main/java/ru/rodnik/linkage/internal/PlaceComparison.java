package ru.rodnik.linkage.internal;

import org.jspecify.annotations.Nullable;

/**
 * Compares where two records place the person. Two addresses that differ say little — one agency writes the
 * registered address, another where the family lives — so only territories that differ count against a match.
 */
final class PlaceComparison {

    PlaceLevel compare(
            @Nullable String aAddress,
            @Nullable String aTerritory,
            @Nullable String bAddress,
            @Nullable String bTerritory) {
        boolean territoriesKnown = aTerritory != null && bTerritory != null;
        // "ул. Лесная, д. 5" in two towns is two addresses: the territory speaks first.
        if (territoriesKnown && !aTerritory.equals(bTerritory)) {
            return PlaceLevel.DIFFERENT;
        }
        if (aAddress != null && aAddress.equals(bAddress)) {
            return PlaceLevel.SAME_ADDRESS;
        }
        return territoriesKnown ? PlaceLevel.SAME_TERRITORY : PlaceLevel.MISSING;
    }
}
