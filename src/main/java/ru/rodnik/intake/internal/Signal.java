package ru.rodnik.intake.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import ru.rodnik.intake.ScreeningDecision;
import ru.rodnik.intake.SignalStatus;
import ru.rodnik.intake.Urgency;
import ru.rodnik.linkage.LinkStatus;
import ru.rodnik.registry.FamilyRole;
import ru.rodnik.registry.PersonDetails;

/** A stored signal: what was reported, what linkage decided about each subject, and where its screening stands. */
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
        List<LinkedSubject> subjects,
        Report report,
        Screening screening) {

    /** This signal in the family it joined, with the families its subjects were placed in, by position. */
    Signal joined(UUID familyId, Map<Integer, UUID> subjectFamilies) {
        List<LinkedSubject> placed = subjects.stream()
                .map(subject -> subjectFamilies.containsKey(subject.position())
                        ? subject.inFamily(subjectFamilies.get(subject.position()))
                        : subject)
                .toList();
        return new Signal(
                id,
                regionCode,
                organisationId,
                externalId,
                status,
                urgency,
                catalogueVersion,
                indicators,
                receivedAt,
                placed,
                report,
                screening.inFamily(familyId));
    }

    /** A subject of the signal: as reported, the linkage decision and the person it stands for (none in review). */
    record LinkedSubject(
            int position,
            FamilyRole role,
            PersonDetails reported,
            UUID decisionId,
            LinkStatus match,
            @Nullable UUID personId,
            @Nullable UUID familyId) {

        LinkedSubject inFamily(UUID family) {
            return new LinkedSubject(position, role, reported, decisionId, match, personId, family);
        }
    }

    /** The report's own words and who sent it. */
    record Report(
            String receivedBy,
            @Nullable String description,
            String territoryCode,
            @Nullable String addressText,
            @Nullable String contactName,
            @Nullable String contactPhone) {}

    /** The family centre that answers for the signal, its deadline and, once made, its decision. */
    record Screening(
            @Nullable UUID familyCentreId,
            Instant dueAt,
            @Nullable Instant escalatedAt,
            @Nullable UUID familyId,
            @Nullable Decision decision,
            int version) {

        Screening inFamily(UUID family) {
            return new Screening(familyCentreId, dueAt, escalatedAt, family, decision, version);
        }

        public boolean overdue(Instant now) {
            return decision == null && now.isAfter(dueAt);
        }
    }

    record Decision(
            ScreeningDecision kind,
            @Nullable String reason,
            @Nullable UUID referredTo,
            @Nullable UUID caseId,
            String decidedBy,
            Instant decidedAt) {}
}
