package ru.rodnik.platform;

/**
 * Roles of DESIGN.md §1. The vocabulary lives here because every module's access rules name it; which user holds
 * which role is kept by the directory.
 */
public enum Role {
    REPORTER,
    SCREENER,
    SPECIALIST,
    CURATOR,
    SUPERVISOR,
    AGENCY_STAFF,
    KDN,
    ANALYST,
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
