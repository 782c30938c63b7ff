package ru.rodnik.linkage.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import ru.rodnik.linkage.MatchDecision;
import ru.rodnik.linkage.MatchOutcome;

/**
 * What became of a subject: the decision, the person it points to, and every candidate ranked by score so that a
 * screener reviewing the case sees the runners-up with their explanations too.
 *
 * @param decision the decision about the best candidate, after the rules on the ranking; NEW_PERSON when there is none
 * @param personId the best candidate when the decision is to link or to review, otherwise null
 * @param ranking all candidates, best first
 */
record MatchResult<I>(MatchDecision decision, @Nullable I personId, List<RankedCandidate<I>> ranking) {

    MatchResult {
        ranking = List.copyOf(ranking);
        if ((decision.outcome() == MatchOutcome.NEW_PERSON) != (personId == null)) {
            throw new IllegalArgumentException("A person belongs to a link or a review, and only to them");
        }
    }
}
