package ru.rodnik.benchmark.signal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import ru.rodnik.process.RodnikProcess;

/**
 * The signal-intake benchmark of the intake issue, run with {@code mvn -Pbenchmark verify -Dtest=SignalLoadBenchmark}
 * and never by the normal build. It asserts nothing about speed: it prints one results block, also written to
 * {@code target/signal-load-benchmark.txt}, for {@code docs/benchmarks.md}; each phase's statements, the database's
 * waits, the server's and the disk's work second by second, the relations its WAL went to and (for the HTTP phases)
 * latencies second by second go to {@code target/signal-load-benchmark/}.
 *
 * <p>One PostgreSQL server (embedded, the product's durability settings: {@code fsync}, {@code synchronous_commit}
 * and {@code full_page_writes} on; {@code pg_stat_statements} loaded to count the database's share) serves both the
 * application, started as its own JVM from {@code target/classes} with {@code RODNIK_DB_URL}, and pgbench. In order:
 *
 * <ol>
 *   <li>the disk alone, before the server starts ({@link DiskProbe});
 *   <li>warm-up: closed-model HTTP load (JIT, pools, caches) until the application's JIT compiler has all but
 *       finished and the database holds a region's worth of signals ({@link WarmUp});
 *   <li>the sustained rate: closed-model HTTP load; what it stored per signal gives the mix of the equivalent
 *       transaction;
 *   <li>latency at the target load: open-model HTTP load at 70 % of the rate the API itself sustained, right
 *       after it, for most of a checkpoint cycle;
 *   <li>the ceiling: pgbench runs the equivalent transaction with as many clients as the HTTP load; its rows are
 *       deleted afterwards;
 *   <li>the database's own latency at that rate: pgbench's open model ({@code --rate}) on the equivalent
 *       transaction, as long;
 *   <li>open-model HTTP load at 70 % of the pgbench rate, last, since it may overload the API.
 * </ol>
 *
 * <p>Before each measured phase: {@code VACUUM (ANALYZE)}, for the HTTP phases a few seconds of unmeasured load
 * that plans the application's statements again, and a {@code CHECKPOINT} (see {@code Meter.measure}).
 */
class SignalLoadBenchmark {

    private static final String NAME = "signal benchmark";
    private static final Path WORK = Path.of("target/signal-load-benchmark").toAbsolutePath();
    private static final Path RESULTS = Path.of("target/signal-load-benchmark.txt");
    private static final Duration PAUSE = Duration.ofSeconds(5);
    private static final Duration SETTLE = Duration.ofSeconds(5);
    /** More than the application's database pool (20), so that the settling load reaches every connection. */
    private static final int SETTLE_CLIENTS = 24;

    private static final Duration DISK_PROBE = Duration.ofSeconds(30);
    /** More flags for the application's JVM, e.g. a flight recording. */
    static final List<String> EXTRA_JVM = BenchmarkStack.flagsOf("benchmark.signal.applicationJvmArgs");

    @Test
    void signalIntakeAgainstItsDatabaseCeiling() throws Exception {
        SignalLoadSettings settings = SignalLoadSettings.fromSystemProperties();
        Pgbench pgbench = Pgbench.onPath();
        RodnikProcess.deleteDataDir(WORK);
        Files.createDirectories(WORK);
        SignalBodies bodies = new SignalBodies(settings.seed(), settings.families());
        Map<String, String> loadAverages = new LinkedHashMap<>();
        loadAverages.put("start", BenchmarkStack.loadAverage());
        System.out.println("[" + NAME + "] the disk alone for " + DISK_PROBE.toSeconds() + " s");
        DiskProbe.Result disk = DiskProbe.run(WORK, DISK_PROBE);

        // The application's JVM flags: -Dbenchmark.signal.applicationJvmArgs adds some, e.g. a flight recording.
        try (BenchmarkStack stack = BenchmarkStack.start(NAME, WORK, EXTRA_JVM)) {
            Connection db = stack.db();
            HttpLoad load = new HttpLoad(stack.baseUrl(), bodies, "bench-" + UUID.randomUUID() + "-");
            Phase<Duration> replan = () -> {
                load.closed("settle", SETTLE_CLIENTS, SETTLE);
                return stack.awaitListeners();
            };
            // Once, before the first phase, while the application is idle after the measurement's pause (no
            // transaction cut short; the pool checks each connection idle that long before lending it).
            Phase<Duration> renewAndReplan = () -> {
                stack.progress(
                        "the application's %d database sessions ended; its pool opens new ones",
                        stack.renewApplicationSessions());
                return replan.run();
            };
            Meter meter = new Meter(stack, db, stack.applicationPid(), stack.postmasterPid());
            int clients = settings.clients();

            stack.progress("warm-up: %d clients for %s or more", clients, settings.warmUp());
            WarmUp warmUp = WarmUp.run(
                    load,
                    clients,
                    settings.warmUp(),
                    settings.warmUpMaximum(),
                    settings.warmUpCompilerShare(),
                    settings.warmUpSignals(),
                    stack);

            loadAverages.put("closed", BenchmarkStack.loadAverage());
            stack.progress("closed model: %d clients for %s", clients, settings.measure());
            // Early warning's backlog from the warm-up first: its history rows are the warm-up's, not the phase's
            // (counted in the phase, they made 1.4 to 8.6 history rows a signal instead of one).
            stack.awaitListeners();
            Map<String, Long> before = WriteMix.count(db);
            // Early warning scores each signal after intake's commit, on a pool of its own that may lag while the
            // machine is full; pgbench's equivalent does both. The sustained rate is that of signals taken in and
            // scored: the time the scoring goes on after the last answer counts in it.
            Measured<HttpLoad.Phase> closed = meter.measure(
                    "closed",
                    renewAndReplan,
                    () -> load.closed("closed", clients, settings.measure()).withScoringAfter(stack.awaitListeners()));
            WriteMix closedMix = WriteMix.between(before, WriteMix.count(db));
            OpenPhase open = (label, file, rate, duration) -> {
                loadAverages.put(label, BenchmarkStack.loadAverage());
                stack.progress("open model: %.1f signals/s for %s", rate, duration);
                return meter.measure(file, replan, () -> load.open(label, rate, duration, settings.openThreads()));
            };

            // Right after the closed phase, whose rate it needs: after pgbench's minute with no HTTP traffic, the
            // application took the first seconds of an open phase to get going again (the database's sessions idle
            // in a transaction, waiting for it; its JIT compiler busier), and the minute's 99th percentile was those
            // seconds'.
            double atOwn = settings.loadShare() * closed.result().acceptedPerSecond();
            Measured<HttpLoad.Phase> openAtOwn =
                    open.run("open, share of the API", "open-api-share", atOwn, settings.openMeasure());

            Path script = WORK.resolve("signal-equivalent.sql");
            EquivalentTransaction.Publication publication =
                    EquivalentTransaction.capture(db, () -> load.closed("capture", 1, Duration.ofSeconds(5)));
            EquivalentTransaction.Facts equivalent = EquivalentTransaction.write(db, closedMix, publication, script);
            pgbench.check(script, stack.postgresPort(), BenchmarkStack.DATABASE, WORK);
            loadAverages.put("pgbench", BenchmarkStack.loadAverage());
            stack.progress("pgbench: %d clients for %s", clients, settings.measure());
            Measured<Pgbench.Result> ceiling = meter.measure(
                    "pgbench",
                    () -> pgbench.run(
                            script, stack.postgresPort(), BenchmarkStack.DATABASE, clients, settings.measure(), WORK));

            String reads = EquivalentTransaction.readsCompared(
                    WORK.resolve("statements-closed.tsv"), WORK.resolve("statements-pgbench.tsv"));
            EquivalentTransaction.removeRows(db);

            // The database alone at the same offered rate: the part of the tail that is the server's and its disk's.
            // The persons pgbench's subjects stand for are drawn again, as many or more (the open phase added some),
            // so the script's draw still finds one.
            EquivalentTransaction.prepareRows(db, equivalent);
            loadAverages.put("pgbench, open", BenchmarkStack.loadAverage());
            stack.progress("pgbench, open model: %.1f transactions/s for %s", atOwn, settings.openMeasure());
            Measured<Pgbench.Result> floor = meter.measure(
                    "pgbench-open",
                    () -> pgbench.runAt(
                            script,
                            stack.postgresPort(),
                            BenchmarkStack.DATABASE,
                            clients,
                            atOwn,
                            settings.openMeasure(),
                            WORK));
            EquivalentTransaction.removeRows(db);

            // Last: at this rate the API may be overloaded for the whole minute, and what it leaves behind (a grown
            // heap, full thread pools) must not weigh on another phase.
            double atCeiling = settings.loadShare() * ceiling.result().tps();
            Measured<HttpLoad.Phase> openAtCeiling =
                    open.run("open, share of pgbench", "open-pgbench-share", atCeiling, settings.measure());

            String block = SignalLoadResults.write(new SignalLoadResults.Facts(
                    settings,
                    stack.serverDescription(),
                    disk,
                    pgbench.version(),
                    loadAverages,
                    warmUp,
                    equivalent,
                    ceiling,
                    closed,
                    closedMix,
                    openAtCeiling,
                    openAtOwn,
                    floor,
                    reads,
                    load.sent()));
            System.out.println(block);
            Files.writeString(RESULTS, block);
        }
    }

    /**
     * A phase's result with the processor time and database time it took, what the database's active sessions were
     * doing (see {@link WaitSampler}), what the server and the disk did ({@link ServerTimeline}) and which relations
     * its full-page images went to ({@link WalByRelation}).
     */
    record Measured<T>(
            T result,
            CpuUsage.Split cpu,
            StatementTime database,
            String waits,
            ServerTimeline.Summary server,
            String fullPageImages) {}

    private interface Phase<T> {
        T run() throws Exception;
    }

    /**
     * An open-model HTTP phase at a rate for a time, under a label (load averages, the generator) and a file name
     * (listings).
     */
    private interface OpenPhase {
        Measured<HttpLoad.Phase> run(String label, String file, double rate, Duration duration) throws Exception;
    }

    /** Measures phases: the application's and the server's processor time, the server's statements. */
    private record Meter(BenchmarkStack stack, Connection db, long application, long postmaster) {

        /** A phase whose sessions begin with it (pgbench's): nothing cached in them for the analysis to undo. */
        <T> Measured<T> measure(String name, Phase<T> phase) throws Exception {
            return measure(name, () -> null, phase);
        }

        /** @param settle unmeasured work between the phase's {@code VACUUM (ANALYZE)} and its checkpoint */
        <T> Measured<T> measure(String name, Phase<?> settle, Phase<T> phase) throws Exception {
            // What the last phase left in flight (an overloaded open model, early warning's listeners behind it)
            // finishes before this one is counted.
            Thread.sleep(PAUSE.toMillis());
            stack.progress(
                    "listeners caught up %.1f s after the pause",
                    stack.awaitListeners().toMillis() / 1000.0);
            // Autovacuum's work and checkpoints come in rounds, and a round that falls into one phase and misses the
            // next would make the difference between them. What the last phase left (the pgbench rows deleted after
            // it, a tenth of a table changed) is vacuumed and analysed now; with the warm-up's database, a phase
            // changes too little of any table for autovacuum to analyse it again before the phase ends. A checkpoint
            // inside a phase makes every page's first change after it write the whole page to the WAL and slows the
            // commits that wait for it; one now keeps the next timed one (5 min) out of the phase, on both sides.
            BenchmarkStack.execute(db, "vacuum (analyze)");
            // The analysis invalidates every plan and statistic that the application's twenty sessions hold, all at
            // once, which no running server sees: their first statements after it planned again with cold caches
            // (1–3 ms a plan; the first second of an open phase took 1.8 s of the server's processor time and
            // committed six signals, and the backlog lasted 15–25 s). The settling load plans them again before the
            // checkpoint, so that the phase still begins with the checkpoint's full-page writes.
            settle.run();
            BenchmarkStack.execute(db, "checkpoint");
            String walStart = WalByRelation.position(db);
            StatementTime.reset(db);
            try (Connection watching = stack.connect();
                    Connection counting = stack.connect();
                    Connection listing = stack.connect()) {
                WaitSampler waits = WaitSampler.start(watching, BenchmarkStack.DATABASE);
                ServerTimeline server = ServerTimeline.start(counting, application, postmaster);
                CpuUsage.Sample before = CpuUsage.sample(application, postmaster);
                T result;
                try (StatementTime.Minutes minutes =
                        StatementTime.everyMinute(listing, BenchmarkStack.DATABASE, WORK, name)) {
                    result = phase.run();
                }
                CpuUsage.Sample after = CpuUsage.sample(application, postmaster);
                if (result instanceof HttpLoad.Phase http) {
                    Files.write(WORK.resolve("latencies-" + name + ".tsv"), http.timeline());
                }
                return new Measured<>(
                        result,
                        CpuUsage.between(before, after),
                        StatementTime.of(db, BenchmarkStack.DATABASE, WORK.resolve("statements-" + name + ".tsv")),
                        waits.stop(
                                WORK.resolve("waits-" + name + ".tsv"),
                                WORK.resolve("waits-" + name + "-by-second.tsv")),
                        server.stop(WORK.resolve("server-" + name + ".tsv")),
                        WalByRelation.since(db, walStart, WORK.resolve("wal-" + name + ".tsv")));
            }
        }
    }
}
