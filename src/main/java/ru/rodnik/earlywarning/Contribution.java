package ru.rodnik.earlywarning;

import java.time.Instant;
import java.util.UUID;
import ru.rodnik.directory.OrganisationKind;

/**
 * What one indicator of one signal adds to a family's score: {@code points = weight × decay}, rounded to hundredths,
 * with {@code decay = 0.5^(age / half-life)}.
 */
public record Contribution(
        UUID signalId,
        Instant receivedAt,
        OrganisationKind agency,
        String indicatorCode,
        String labelRu,
        String labelEn,
        int weight,
        double decay,
        double points) {}
