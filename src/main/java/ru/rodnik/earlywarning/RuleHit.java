package ru.rodnik.earlywarning;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import ru.rodnik.directory.OrganisationKind;

/**
 * A rule that fired, with what its text needs: {@code count} signals or agencies within {@code days} days, the signals
 * that made it fire, and for indicator rules the indicator.
 */
public record RuleHit(
        ScoringRule rule,
        double points,
        int count,
        int days,
        List<UUID> signals,
        List<OrganisationKind> agencies,
        @Nullable String indicatorCode,
        @Nullable String labelRu,
        @Nullable String labelEn) {

    public RuleHit {
        signals = List.copyOf(signals);
        agencies = List.copyOf(agencies);
    }
}
