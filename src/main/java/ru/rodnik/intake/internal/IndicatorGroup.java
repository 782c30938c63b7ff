package ru.rodnik.intake.internal;

import ru.rodnik.directory.OrganisationKind;

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
    COMMUNITY;

    /** The group an agency of this kind most often reports from; the form opens it first. */
    static IndicatorGroup typicalOf(OrganisationKind kind) {
        return switch (kind) {
            case SCHOOL, KINDERGARTEN -> SCHOOL;
            case CLINIC, MATERNITY -> HEALTH;
            case POLICE, KDN -> POLICE;
            case SOCIAL_PROTECTION -> SOCIAL_PROTECTION;
            case GUARDIANSHIP -> GUARDIANSHIP;
            case FAMILY_CENTRE, NGO, HOTLINE, MINISTRY -> COMMUNITY;
        };
    }
}
