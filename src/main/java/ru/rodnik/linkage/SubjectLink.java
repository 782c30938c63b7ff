package ru.rodnik.linkage;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import ru.rodnik.registry.PersonId;

/**
 * The linkage decision about one subject: its status, the person it stands for (none while it waits for review) and
 * the explanation.
 */
public record SubjectLink(
        UUID decisionId, LinkStatus status, @Nullable PersonId person, MatchDecision decision) {}
