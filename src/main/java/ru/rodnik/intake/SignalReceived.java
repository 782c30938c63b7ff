package ru.rodnik.intake;

import java.time.Instant;
import java.util.UUID;

/** A signal was stored and its subjects linked; screening and early warning start from here. */
public record SignalReceived(UUID signalId, String regionCode, Urgency urgency, Instant receivedAt) {}
