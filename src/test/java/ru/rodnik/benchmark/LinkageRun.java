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
import ru.rodnik.linkage.ReportSubjects;
import ru.rodnik.linkage.SubjectLink;

/**
 * Links the reports through the public API from several threads, both ways the product offers. Most go through the
 * batch path ({@link Linkage#linkAll}, as an import would: many reports per call and transaction); the last ones go
 * one report per call ({@link Linkage#link}, as agencies' signals arrive: each its own transaction, decision and
 * audit record). Each path gets a warm-up first, then the rest on the clock.
 */
final class LinkageRun {

    /** Reports linked on the clock, their wall time and the CPU they took, the application's and the database's. */
    record Timed(int reports, Duration time, CpuTime.Reading cpu) {

        double subjectsPerSecond() {
            return reports / (time.toNanos() / 1e9);
        }

        double jvmMillisPerSubject() {
            return cpu.jvm().toNanos() / 1e6 / reports;
        }

        double postgresMillisPerSubject() {
            return cpu.postgres().toNanos() / 1e6 / reports;
        }

        /** Subjects a second if every core of this machine did nothing else: its cores over the CPU per subject. */
        double subjectsPerSecondOnIdleCores() {
            return Runtime.getRuntime().availableProcessors()
                    * 1000
                    / (jvmMillisPerSubject() + postgresMillisPerSubject());
        }
    }

    /**
     * @param links the link of each report, in the order of the reports; null where the call failed
     * @param batch the batch path on the clock
     * @param single the per-report path on the clock
     * @param failures reports whose call threw
     * @param firstFailure the first of them, to show
     */
    record Result(
            List<@Nullable SubjectLink> links,
            Timed batch,
            Timed single,
            int failures,
            @Nullable Throwable firstFailure) {}

    private final Linkage linkage;
    private final CpuTime cpu;
    private final String region;
    private final List<SampledReport> reports;
    private final int threads;
    private final SubjectLink[] links;
    private final AtomicInteger failures = new AtomicInteger();
    private final AtomicReference<Throwable> firstFailure = new AtomicReference<>();

    private LinkageRun(Linkage linkage, CpuTime cpu, String region, List<SampledReport> reports, int threads) {
        this.linkage = linkage;
        this.cpu = cpu;
        this.region = region;
        this.reports = reports;
        this.threads = threads;
        this.links = new SubjectLink[reports.size()];
    }

    static Result run(
            Linkage linkage, CpuTime cpu, String region, List<SampledReport> reports, BenchmarkSettings settings)
            throws Exception {
        LinkageRun run = new LinkageRun(linkage, cpu, region, reports, settings.linkThreads());
        int end = reports.size();
        int singleFrom = Math.max(0, end - settings.singleReports());
        int batchTimedFrom = Math.min(settings.warmUpReports(), singleFrom);
        int singleTimedFrom = Math.min(singleFrom + settings.singleWarmUpReports(), end);
        ExecutorService pool = Executors.newFixedThreadPool(settings.linkThreads());
        try {
            int batchSize = settings.batchReports();
            run.inParallel(pool, 0, batchTimedFrom, batchSize, run::linkBatch);
            Timed batch = run.timed(pool, batchTimedFrom, singleFrom, batchSize, run::linkBatch);
            run.inParallel(pool, singleFrom, singleTimedFrom, 1, run::linkSingle);
            Timed single = run.timed(pool, singleTimedFrom, end, 1, run::linkSingle);
            return new Result(Arrays.asList(run.links), batch, single, run.failures.get(), run.firstFailure.get());
        } finally {
            pool.shutdownNow();
        }
    }

    private interface Slice {
        void link(int from, int to);
    }

    private Timed timed(ExecutorService pool, int from, int to, int size, Slice slice) throws Exception {
        CpuTime.Reading before = cpu.read();
        Duration time = inParallel(pool, from, to, size, slice);
        return new Timed(to - from, time, cpu.read().since(before));
    }

    /** Links reports {@code [from, to)} in slices of {@code size} from every thread and returns the wall time. */
    private Duration inParallel(ExecutorService pool, int from, int to, int size, Slice slice) throws Exception {
        long start = System.nanoTime();
        AtomicInteger next = new AtomicInteger(from);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndAdd(size); i < to; i = next.getAndAdd(size)) {
                    slice.link(i, Math.min(to, i + size));
                }
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private void linkBatch(int from, int to) {
        List<ReportSubjects> batch = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            batch.add(new ReportSubjects(List.of(reports.get(i).subject()), null));
        }
        try {
            List<List<SubjectLink>> linked = linkage.linkAll(region, batch, "BENCHMARK");
            for (int i = from; i < to; i++) {
                links[i] = linked.get(i - from).get(0);
            }
        } catch (RuntimeException e) {
            failures.addAndGet(to - from);
            firstFailure.compareAndSet(null, e);
        }
    }

    private void linkSingle(int from, int to) {
        for (int i = from; i < to; i++) {
            try {
                links[i] = linkage.link(region, List.of(reports.get(i).subject()), "BENCHMARK", null)
                        .get(0);
            } catch (RuntimeException e) {
                failures.incrementAndGet();
                firstFailure.compareAndSet(null, e);
            }
        }
    }
}
