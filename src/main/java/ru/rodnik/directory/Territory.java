package ru.rodnik.directory;

import org.jspecify.annotations.Nullable;

/** A region, municipality or settlement with its OKTMO-like code; remote settlements get mobile-brigade trips. */
public record Territory(
        String code,
        @Nullable String parentCode,
        String regionCode,
        TerritoryLevel level,
        String name,
        boolean remote,
        int version) {}
