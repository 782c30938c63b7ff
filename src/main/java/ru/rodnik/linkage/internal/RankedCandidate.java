package ru.rodnik.linkage.internal;

import ru.rodnik.linkage.MatchDecision;

/** A candidate with its own decision, as it stands in the ranking. */
record RankedCandidate<I>(I id, MatchDecision decision) {}
