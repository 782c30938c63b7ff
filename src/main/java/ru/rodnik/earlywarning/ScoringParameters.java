package ru.rodnik.earlywarning;

/**
 * The numbers of {@link ScoringRules}, set per region (table {@code warning_parameters}); {@link #DEFAULTS} apply
 * where a region has set none.
 *
 * @param halfLifeDays a signal's points halve every this many days
 * @param windowDays signals older than this count nothing and trigger no rule
 * @param threshold a family whose score reaches this is flagged
 * @param multiAgencyWindowDays signals from several kinds of agency within this many days add a bonus
 * @param multiAgencyPoints the bonus for each kind of agency beyond the first
 * @param repeatWindowDays {@code repeatCount} signals within this many days add {@code repeatPoints}
 * @param repeatCount how many signals within {@code repeatWindowDays} make a pattern
 * @param repeatPoints the bonus for that pattern
 * @param repeatedIndicatorWindowDays the same indicator in two signals within this many days adds a bonus
 * @param repeatedIndicatorPoints the bonus for each indicator reported again
 * @param immediateWindowDays an immediate indicator (or an urgent signal) this recent flags the family whatever its
 *     score
 */
public record ScoringParameters(
        int halfLifeDays,
        int windowDays,
        double threshold,
        int multiAgencyWindowDays,
        double multiAgencyPoints,
        int repeatWindowDays,
        int repeatCount,
        double repeatPoints,
        int repeatedIndicatorWindowDays,
        double repeatedIndicatorPoints,
        int immediateWindowDays) {

    public static final ScoringParameters DEFAULTS = new ScoringParameters(60, 365, 10, 90, 3, 30, 3, 3, 90, 2, 30);

    public ScoringParameters {
        if (halfLifeDays < 1
                || windowDays < 1
                || threshold <= 0
                || multiAgencyWindowDays < 1
                || multiAgencyPoints < 0
                || repeatWindowDays < 1
                || repeatCount < 2
                || repeatPoints < 0
                || repeatedIndicatorWindowDays < 1
                || repeatedIndicatorPoints < 0
                || immediateWindowDays < 1) {
            throw new IllegalArgumentException("Scoring parameters out of range");
        }
    }
}
