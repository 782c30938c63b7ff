package ru.rodnik.benchmark.warning;

import java.util.List;
import java.util.function.Predicate;

/**
 * What one way of scoring achieves on a simulated region at one threshold.
 *
 * @param flagged families flagged at least once (a crisis family: before its acute date)
 * @param crisesFlagged crises flagged before their acute date
 * @param leadDays for each crisis flagged, days from its first flag to the acute date, ascending
 */
public record Figures(
        WarningSystem system,
        double threshold,
        int families,
        int flagged,
        int crises,
        int crisesFlagged,
        int passingTroubles,
        int passingTroublesFlagged,
        List<Integer> leadDays) {

    public Figures {
        leadDays = List.copyOf(leadDays);
    }

    /** Share of all families flagged at least once. */
    public double flagRate() {
        return share(flagged, families);
    }

    /** Share of the families without a crisis that were flagged: false alarms by the ground truth. */
    public double falseAlarmRate() {
        return share(flagged - crisesFlagged, families - crises);
    }

    /** Share of crises flagged before the acute date. */
    public double recall() {
        return share(crisesFlagged, crises);
    }

    /** Share of flagged families whose crisis then became acute. */
    public double precision() {
        return share(crisesFlagged, flagged);
    }

    /** Share of families with a passing trouble that were flagged (arguably rightly: they needed help too). */
    public double passingTroubleFlagRate() {
        return share(passingTroublesFlagged, passingTroubles);
    }

    /** Share of flagged families in trouble of any kind: a crisis to come or a passing one. */
    public double troubledShareOfFlagged() {
        return share(crisesFlagged + passingTroublesFlagged, flagged);
    }

    /** Lead time at a percentile (nearest rank), in days; 0 when no crisis was flagged. */
    public int leadDays(double percentile) {
        if (leadDays.isEmpty()) {
            return 0;
        }
        int rank = (int) Math.ceil(percentile / 100 * leadDays.size());
        return leadDays.get(Math.max(0, Math.min(leadDays.size() - 1, rank - 1)));
    }

    /** Share of all crises flagged at least this many days ahead. */
    public double flaggedAhead(int days) {
        return share(count(lead -> lead >= days), crises);
    }

    private int count(Predicate<Integer> test) {
        return (int) leadDays.stream().filter(test).count();
    }

    private static double share(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
