package ru.rodnik.intake.internal;

/** The kind of agency that typically notices an indicator; any agency may still report any indicator. */
enum IndicatorGroup {
    /** Schools and kindergartens. */
    SCHOOL,
    /** Clinics and maternity hospitals. */
    HEALTH,
    POLICE,
    SOCIAL_PROTECTION,
    /** Housing and utilities. */
    HOUSING,
    GUARDIANSHIP,
    /** Neighbours, relatives and the helpline. */
    COMMUNITY
}
