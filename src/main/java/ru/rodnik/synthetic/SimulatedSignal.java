package ru.rodnik.synthetic;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import ru.rodnik.directory.OrganisationKind;

/**
 * One signal of a simulated region: an agency noticed something on {@code noticedOn} and its report reached the
 * system at {@code receivedAt}, after the agency's usual delay.
 *
 * @param urgent reported as IMMEDIATE: always when an indicator is immediate (intake raises the urgency), sometimes
 *     when a reporter judged so without one
 * @param child the child the signal is about ({@link SyntheticPerson#truthId()}); null when it is about the family
 * @param fromTrouble ground truth: the family's trouble made the agency notice, not the background every family has
 * @param severity ground truth: the trouble's latent severity on {@code noticedOn}; 0 without trouble
 */
public record SimulatedSignal(
        UUID signalId,
        OrganisationKind agency,
        LocalDate noticedOn,
        Instant receivedAt,
        boolean urgent,
        List<SimulatedIndicator> indicators,
        @Nullable UUID child,
        boolean fromTrouble,
        double severity) {

    public SimulatedSignal {
        indicators = List.copyOf(indicators);
    }

    /** The day the signal reached the system, in the simulated region's time zone. */
    public LocalDate receivedOn() {
        return LocalDate.ofInstant(receivedAt, CrisisSimulator.ZONE);
    }
}
