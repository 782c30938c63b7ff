package ru.rodnik.synthetic;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What really happens to a simulated family over the period, which the scoring never sees.
 *
 * @param hardship the family lives in lasting hardship (low income, debts) whether or not it is in trouble: social
 *     protection and housing signals come more often, without any crisis
 * @param trouble the family's trouble in the period, if it has one: a crisis that becomes acute, or a hard patch
 *     that passes
 */
public record FamilyTruth(boolean hardship, @Nullable Trouble trouble) {

    /** Whether the family's trouble becomes acute within the period. */
    public boolean crisis() {
        return trouble != null && trouble.acute();
    }

    /** The day the crisis becomes acute; null for a family without a crisis. */
    public @Nullable LocalDate acuteOn() {
        return crisis() ? trouble.peakOn() : null;
    }

    /**
     * A family's trouble as a latent severity between 0 and 1 that the agencies' noticing follows: it rises linearly
     * from {@code start} to {@code peakSeverity} on {@code peakOn}. A crisis ({@code acute}) peaks at 1 on its acute
     * date, where the observation ends; a passing trouble peaks lower and falls back to 0 by {@code end}.
     *
     * @param visibility how much of the family the agencies see, the same for all of them: below 1 for a family that
     *     keeps to itself, above 1 for one that many people watch
     */
    public record Trouble(
            CrisisKind kind,
            LocalDate start,
            LocalDate peakOn,
            LocalDate end,
            double peakSeverity,
            boolean acute,
            double visibility) {

        public Trouble {
            if (!start.isBefore(peakOn) || peakOn.isAfter(end) || peakSeverity <= 0 || peakSeverity > 1) {
                throw new IllegalArgumentException("A trouble starts before its peak, peaks by its end, at (0, 1]");
            }
            if (acute && (peakSeverity != 1 || !peakOn.equals(end))) {
                throw new IllegalArgumentException("A crisis peaks at severity 1 on its acute date");
            }
        }

        /** The latent severity on {@code date}: 0 before the start and after the end. */
        public double severityOn(LocalDate date) {
            long day = date.toEpochDay();
            long from = start.toEpochDay();
            long peak = peakOn.toEpochDay();
            long to = end.toEpochDay();
            if (day <= from || day > to) {
                return 0;
            }
            if (day <= peak) {
                return peakSeverity * (day - from) / (peak - from);
            }
            return peakSeverity * (to - day) / (double) (to - peak);
        }
    }
}
