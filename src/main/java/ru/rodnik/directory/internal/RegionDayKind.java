package ru.rodnik.directory.internal;

/** What a region decided for one of its days, overriding the federal calendar. */
enum RegionDayKind {
    /** Not worked in the region, e.g. a republic's own holiday. */
    DAY_OFF,
    /** Worked in the region although the federal calendar rests. */
    WORKING_DAY
}
