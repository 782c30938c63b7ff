package ru.rodnik.benchmark.signal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the application wrote for the signals of one phase, counted in the tables themselves (before and after), per
 * signal: the facts the equivalent pgbench transaction is built from, and the table in the docs that says what one
 * signal costs the database.
 */
record WriteMix(int signals, Map<String, Double> rowsPerSignal) {

    /**
     * Every table a signal leaves rows in, and the linkage outcomes counted as {@code match_decision:<outcome>}. Not
     * {@code event_publication}: a completed publication is deleted; early warning's history row per signal says its
     * listener ran.
     */
    static final List<String> TABLES = List.of(
            "signal",
            "signal_indicator",
            "signal_subject",
            "match_decision",
            "person",
            "linkage_person",
            "linkage_block_key",
            "audit_event",
            "family",
            "family_member",
            "family_warning_history");

    static final String NEW_PERSON = "match_decision:NEW_PERSON";
    static final String AUTO_LINKED = "match_decision:AUTO_LINKED";
    static final String NEEDS_REVIEW = "match_decision:NEEDS_REVIEW";

    /** Row counts of the tables (all regions) at one moment. */
    static Map<String, Long> count(Connection db) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Statement statement = db.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
                    rows.next();
                    counts.put(table, rows.getLong(1));
                }
            }
            for (String outcome : List.of(NEW_PERSON, AUTO_LINKED, NEEDS_REVIEW)) {
                try (ResultSet rows = statement.executeQuery("select count(*) from match_decision where outcome = '"
                        + outcome.substring(outcome.indexOf(':') + 1) + "'")) {
                    rows.next();
                    counts.put(outcome, rows.getLong(1));
                }
            }
        }
        return counts;
    }

    static WriteMix between(Map<String, Long> before, Map<String, Long> after) {
        int signals = (int) (after.get("signal") - before.get("signal"));
        Map<String, Double> perSignal = new LinkedHashMap<>();
        after.forEach((table, count) -> perSignal.put(table, (count - before.get(table)) / (double) signals));
        return new WriteMix(signals, perSignal);
    }

    double perSignal(String table) {
        return rowsPerSignal.getOrDefault(table, 0.0);
    }

    /** Subjects per signal, as linkage decided about them. */
    double subjects() {
        return perSignal("signal_subject");
    }

    /** Blocking keys a new person is filed under, on average. */
    double keysPerNewPerson() {
        double persons = perSignal("linkage_person");
        return persons == 0 ? 0 : perSignal("linkage_block_key") / persons;
    }
}
