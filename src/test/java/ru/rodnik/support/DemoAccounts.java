package ru.rodnik.support;

import java.util.Map;

/** The demo region's accounts, as the README documents them. */
public final class DemoAccounts {

    public static final String PASSWORD = "rodnik-demo";

    /** Username → role code. */
    public static final Map<String, String> ROLE_OF = Map.of(
            "reporter", "REPORTER",
            "screener", "SCREENER",
            "specialist", "SPECIALIST",
            "curator", "CURATOR",
            "supervisor", "SUPERVISOR",
            "agency", "AGENCY_STAFF",
            "kdn", "KDN",
            "analyst", "ANALYST",
            "admin", "ADMIN");

    private DemoAccounts() {}
}
