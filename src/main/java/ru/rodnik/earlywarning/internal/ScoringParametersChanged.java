package ru.rodnik.earlywarning.internal;

import java.time.Instant;

/**
 * A region's scoring parameters were set or reset: its families' stored scores and flags were made by the old ones.
 * Public only so that the event publication registry can store and read it back; no other module sees it.
 */
public record ScoringParametersChanged(String regionCode, Instant at) {}
