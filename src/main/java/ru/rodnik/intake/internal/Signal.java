package ru.rodnik.intake.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import ru.rodnik.intake.SignalStatus;
import ru.rodnik.intake.Urgency;
import ru.rodnik.linkage.LinkStatus;
import ru.rodnik.registry.FamilyRole;

/** A stored signal with its indicators and what linkage decided about each subject at intake. */
record Signal(
        UUID id,
        String regionCode,
        UUID organisationId,
        @Nullable String externalId,
        SignalStatus status,
        Urgency urgency,
        int catalogueVersion,
        List<String> indicators,
        Instant receivedAt,
        List<LinkedSubject> subjects) {

    /** A subject of the signal: its role, the linkage decision and the person it stands for (none in review). */
    record LinkedSubject(
            int position,
            FamilyRole role,
            UUID decisionId,
            LinkStatus match,
            @Nullable UUID personId) {}
}
