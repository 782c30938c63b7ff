package ru.rodnik.earlywarning;

import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import ru.rodnik.directory.OrganisationKind;

/**
 * A family's score at one moment and everything it is made of: each indicator's decayed points, each rule that fired,
 * and the parameters used. {@code score} is exactly the sum of the listed points.
 */
public record Explanation(
        Instant at,
        double score,
        boolean flagged,
        ScoringParameters parameters,
        List<Contribution> contributions,
        List<RuleHit> rules) {

    public Explanation {
        contributions = List.copyOf(contributions);
        rules = List.copyOf(rules);
    }

    /** The signals that count, newest first. */
    public List<UUID> signals() {
        return contributions.stream()
                .sorted(Comparator.comparing(Contribution::receivedAt).reversed())
                .map(Contribution::signalId)
                .distinct()
                .toList();
    }

    /** The kinds of agency whose signals count. */
    public Set<OrganisationKind> agencies() {
        return contributions.stream()
                .map(Contribution::agency)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(OrganisationKind.class)));
    }
}
