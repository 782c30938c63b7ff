package ru.rodnik.support;

import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Waits for work the application does after a commit, on another thread (event listeners): asks again every 50 ms,
 * and fails with what it waited for once a generous bound has passed. A bound, not a speed requirement.
 */
public final class Eventually {

    public static final Duration PATIENCE = Duration.ofSeconds(60);

    private Eventually() {}

    /** The first value the probe offers. */
    public static <T> T value(String what, Supplier<Optional<T>> probe) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            Optional<T> value = probe.get();
            if (value.isPresent()) {
                return value.get();
            }
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("Waited " + PATIENCE.toSeconds() + " s for " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    public static void holds(String what, BooleanSupplier condition) {
        value(what, () -> condition.getAsBoolean() ? Optional.of(true) : Optional.empty());
    }
}
