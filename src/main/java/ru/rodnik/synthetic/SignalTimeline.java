package ru.rodnik.synthetic;

import java.time.LocalDate;
import java.util.List;

/**
 * One simulated family over the period: who they are, what really happens to them, and every signal the system
 * receives about them, oldest first. Signals are received from {@code from} until the day before {@code until}: the
 * end of the period, or for a crisis its acute date, after which the family is known to everybody and early warning
 * has nothing left to say.
 */
public record SignalTimeline(
        SyntheticFamily family, FamilyTruth truth, LocalDate from, LocalDate until, List<SimulatedSignal> signals) {

    public SignalTimeline {
        signals = List.copyOf(signals);
    }
}
