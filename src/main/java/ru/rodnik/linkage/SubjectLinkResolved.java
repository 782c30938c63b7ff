package ru.rodnik.linkage;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import ru.rodnik.registry.PersonId;

/**
 * A screener said who a subject waiting for review is: a candidate ({@link LinkStatus#CONFIRMED}) or a new person
 * ({@link LinkStatus#NEW_PERSON}). The report that named the subject ({@code source}, {@code sourceRef}, as given to
 * {@link Linkage#link}) learns it from this event.
 */
public record SubjectLinkResolved(
        UUID decisionId, String source, @Nullable String sourceRef, LinkStatus status, PersonId person) {}
