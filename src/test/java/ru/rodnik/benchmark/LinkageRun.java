package ru.rodnik.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import ru.rodnik.linkage.Linkage;
import ru.rodnik.linkage.SubjectLink;

/**
 * Links the reports through the public API from several threads, as agencies' signals would arrive: a warm-up first,
 * then the rest on the clock. Each report is its own call and so its own transaction, decision and audit record.
 */
final class LinkageRun {

    /**
     * @param links the link of each report, in the order of the reports; null where the call failed
     * @param timedReports reports linked on the clock
     * @param timed wall time of those
     * @param failures calls that threw
     * @param firstFailure the first of them, to show
     */
    record Result(
            List<@Nullable SubjectLink> links,
            int timedReports,
            Duration timed,
            int failures,
            @Nullable Throwable firstFailure) {

        double subjectsPerSecond() {
            return timedReports / (timed.toNanos() / 1e9);
        }
    }

    private LinkageRun() {}

    static Result run(Linkage linkage, String region, List<SampledReport> reports, int warmUp, int threads)
            throws Exception {
        SubjectLink[] links = new SubjectLink[reports.size()];
        AtomicInteger failures = new AtomicInteger();
        AtomicReference<Throwable> firstFailure = new AtomicReference<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            int end = reports.size();
            int timedFrom = Math.min(warmUp, end);
            linkRange(pool, threads, linkage, region, reports, 0, timedFrom, links, failures, firstFailure);
            long start = System.nanoTime();
            linkRange(pool, threads, linkage, region, reports, timedFrom, end, links, failures, firstFailure);
            Duration timed = Duration.ofNanos(System.nanoTime() - start);
            return new Result(Arrays.asList(links), end - timedFrom, timed, failures.get(), firstFailure.get());
        } finally {
            pool.shutdownNow();
        }
    }

    private static void linkRange(
            ExecutorService pool,
            int threads,
            Linkage linkage,
            String region,
            List<SampledReport> reports,
            int from,
            int to,
            SubjectLink[] links,
            AtomicInteger failures,
            AtomicReference<Throwable> firstFailure)
            throws Exception {
        AtomicInteger next = new AtomicInteger(from);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < to; i = next.getAndIncrement()) {
                    try {
                        links[i] = linkage.link(region, List.of(reports.get(i).subject()), "BENCHMARK", null)
                                .get(0);
                    } catch (RuntimeException e) {
                        failures.incrementAndGet();
                        firstFailure.compareAndSet(null, e);
                    }
                }
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
    }
}
