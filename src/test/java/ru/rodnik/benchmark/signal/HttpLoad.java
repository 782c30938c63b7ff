package ru.rodnik.benchmark.signal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.jspecify.annotations.Nullable;

/**
 * The load tool: {@code POST /api/v1/signals} from Java's own HTTP client, every signal new (its own
 * {@code Idempotency-Key}). Two models:
 *
 * <ul>
 *   <li>closed: a fixed number of clients, each sending its next signal as soon as the last one is answered — the
 *       highest rate the application sustains at that concurrency;
 *   <li>open: signals start at a constant rate whatever the application does, and each latency runs from the moment
 *       its signal was due, not from when a thread got round to sending it, so a server that falls behind shows it in
 *       the latencies instead of slowing the load down (no coordinated omission).
 * </ul>
 */
final class HttpLoad {

    /** After an open-model phase, how long its last signals may take before they count as unanswered. */
    private static final Duration DRAIN = Duration.ofSeconds(60);
    /** The status of a request the drain time cut off. */
    private static final int NO_ANSWER_YET = -2;

    /**
     * One phase's figures.
     *
     * @param offeredPerSecond the open model's arrival rate; the closed model's is what it achieved
     * @param unanswered open model only: signals still waiting or in flight when the phase's drain time ran out
     * @param firstMinute the latencies of the signals sent (or due) in the phase's first minute
     * @param scoringAfter how long after the phase early warning's listener went on scoring its signals; counted in
     *     {@code elapsed}
     */
    record Phase(
            String name,
            int concurrency,
            double offeredPerSecond,
            Duration elapsed,
            int accepted,
            int failed,
            int unanswered,
            Latencies.Summary latencies,
            Latencies.Summary firstMinute,
            List<String> timeline,
            @Nullable String firstFailure,
            Duration scoringAfter) {

        double acceptedPerSecond() {
            return accepted / (elapsed.toNanos() / 1e9);
        }

        /** The same phase, with the time its signals' scoring took after it counted in its rate. */
        Phase withScoringAfter(Duration scoring) {
            return new Phase(
                    name,
                    concurrency,
                    offeredPerSecond,
                    elapsed.plus(scoring),
                    accepted,
                    failed,
                    unanswered,
                    latencies,
                    firstMinute,
                    timeline,
                    firstFailure,
                    scoringAfter.plus(scoring));
        }
    }

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final URI signals;
    private final SignalBodies bodies;
    private final String keyPrefix;
    private final AtomicInteger sequence = new AtomicInteger();

    HttpLoad(String baseUrl, SignalBodies bodies, String keyPrefix) {
        this.signals = URI.create(baseUrl + "/api/v1/signals");
        this.bodies = bodies;
        this.keyPrefix = keyPrefix;
    }

    /** Signals sent so far, over all phases. */
    int sent() {
        return sequence.get();
    }

    Phase closed(String name, int clients, Duration duration) throws InterruptedException {
        Tally tally = new Tally();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            running.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    long sent = System.nanoTime();
                    tally.count(send(), sent, start);
                }
                return null;
            }));
        }
        pool.shutdown();
        pool.awaitTermination(duration.toSeconds() + DRAIN.toSeconds(), TimeUnit.SECONDS);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        for (Future<?> client : running) {
            rethrow(client);
        }
        return tally.phase(name, clients, Double.NaN, elapsed, 0);
    }

    Phase open(String name, double perSecond, Duration duration, int threads) throws InterruptedException {
        Tally tally = new Tally();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        int due = 0;
        for (long k = 0; ; k++) {
            long at = start + (long) (k * 1e9 / perSecond);
            if (at >= end) {
                break;
            }
            LockSupport.parkNanos(at - System.nanoTime());
            pool.execute(() -> tally.count(send(), at, start));
            due++;
        }
        pool.shutdown();
        boolean drained = pool.awaitTermination(DRAIN.toSeconds(), TimeUnit.SECONDS);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        if (!drained) {
            pool.shutdownNow();
        }
        int unanswered = due - tally.accepted.get() - tally.failed.get();
        return tally.phase(name, threads, perSecond, elapsed, unanswered);
    }

    /** Sends the next signal; answers its status, or -1 when no answer came. */
    private Answer send() {
        int index = sequence.getAndIncrement();
        HttpRequest request = HttpRequest.newBuilder(signals)
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", bodies.authorization(index))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", keyPrefix + index)
                .POST(HttpRequest.BodyPublishers.ofString(bodies.body(index), StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            return new Answer(-1, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(NO_ANSWER_YET, "interrupted at the end of the drain time");
        }
    }

    private record Answer(int status, String body) {}

    /** What the requests of one phase came to; shared by its threads. */
    private static final class Tally {
        private final Latencies latencies = new Latencies();
        private final AtomicInteger accepted = new AtomicInteger();
        private final AtomicInteger failed = new AtomicInteger();
        private final AtomicReference<@Nullable String> firstFailure = new AtomicReference<>();

        /**
         * @param startedNanos when the request was sent (closed model) or due (open model)
         * @param phaseStartNanos when the phase began
         */
        void count(Answer answer, long startedNanos, long phaseStartNanos) {
            if (answer.status() == NO_ANSWER_YET) {
                // Counted as unanswered by the phase.
                return;
            }
            if (answer.status() == 201) {
                latencies.add(
                        (int) ((startedNanos - phaseStartNanos) / 1_000_000_000L), System.nanoTime() - startedNanos);
                accepted.incrementAndGet();
            } else {
                failed.incrementAndGet();
                String body = answer.body();
                firstFailure.compareAndSet(
                        null, answer.status() + " " + body.substring(0, Math.min(300, body.length())));
            }
        }

        Phase phase(String name, int concurrency, double offered, Duration elapsed, int unanswered) {
            return new Phase(
                    name,
                    concurrency,
                    offered,
                    elapsed,
                    accepted.get(),
                    failed.get(),
                    unanswered,
                    latencies.summary(),
                    latencies.summaryOfFirst(60),
                    latencies.timeline(),
                    firstFailure.get(),
                    Duration.ZERO);
        }
    }

    private static void rethrow(Future<?> client) throws InterruptedException {
        try {
            client.get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("a load client failed", e.getCause());
        }
    }
}
