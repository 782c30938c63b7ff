package ru.rodnik.directory.internal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A region's own day off or working day, which overrides the federal calendar for that region. */
record RegionDay(
        String regionCode,
        LocalDate day,
        RegionDayKind kind,
        @Nullable String note) {}
