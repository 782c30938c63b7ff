package ru.rodnik.earlywarning;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import ru.rodnik.directory.OrganisationKind;

/**
 * A signal as the scoring sees it: which kind of agency reported it, when, whether the reporter marked it urgent, and
 * its indicators. This is the whole input of {@link ScoringRules}: no names, ages, addresses, nationality, language,
 * religion or health of anybody — nothing the score could discriminate by.
 *
 * @param urgent the signal was reported (or escalated) as IMMEDIATE: a threat to a child's life or health
 */
public record ScoredSignal(
        UUID signalId, OrganisationKind agency, Instant receivedAt, boolean urgent, List<ScoredIndicator> indicators) {

    public ScoredSignal {
        indicators = List.copyOf(indicators);
    }
}
