package ru.rodnik.benchmark.signal;

import java.time.Duration;

/**
 * Sizes and durations of one signal-intake run; each can be changed with the system property of its name, e.g.
 * {@code -Dbenchmark.signal.clients=4}.
 *
 * @param clients concurrent clients of the closed-model HTTP load, and pgbench's client count
 * @param warmUp the shortest closed-model load before anything is measured (JIT, pools, caches)
 * @param warmUpMaximum the longest: the warm-up goes on past {@code warmUp} while the application's JIT compiler
 *     takes more than {@code warmUpCompilerShare} of its processor time (see {@link WarmUp})
 * @param warmUpCompilerShare the JIT compiler's share of the application's processor time that ends the warm-up
 * @param warmUpSignals the signals the database must hold before anything is measured, however long that takes: a
 *     young database that a phase grows by a fifth has every table analysed again by autovacuum each minute (see
 *     {@link WarmUp})
 * @param measure the closed-model HTTP load, pgbench's, and the open-model HTTP load at the pgbench rate's share
 * @param openMeasure the open-model phases at the API's share, HTTP and pgbench: most of a checkpoint cycle (the
 *     server checkpoints every 5 minutes, and each phase begins right after a checkpoint), so that the first seconds
 *     after a checkpoint, when every page's first change writes the whole page to the WAL, weigh in the tail as they
 *     do on a server that has run for hours; in a phase of 60 s they weighed five times as much
 * @param openThreads threads that carry the open-model requests, so that the generator never waits for a free one
 * @param families generated families the signals are about: every other signal is the first about one of them, so a
 *     run keeps its mix of new and known persons for twice as many signals (a default run sends about 140,000)
 * @param seed the generated region's seed
 * @param loadShare the share of a rate at which the open-model load runs (the target's 70 %)
 */
record SignalLoadSettings(
        int clients,
        Duration warmUp,
        Duration warmUpMaximum,
        double warmUpCompilerShare,
        int warmUpSignals,
        Duration measure,
        Duration openMeasure,
        int openThreads,
        int families,
        long seed,
        double loadShare) {

    static SignalLoadSettings fromSystemProperties() {
        return new SignalLoadSettings(
                Integer.getInteger("benchmark.signal.clients", 8),
                Duration.ofSeconds(Integer.getInteger("benchmark.signal.warmUpSeconds", 60)),
                Duration.ofSeconds(Integer.getInteger("benchmark.signal.warmUpMaximumSeconds", 300)),
                Double.parseDouble(System.getProperty("benchmark.signal.warmUpCompilerShare", "0.05")),
                Integer.getInteger("benchmark.signal.warmUpSignals", 100_000),
                Duration.ofSeconds(Integer.getInteger("benchmark.signal.measureSeconds", 60)),
                Duration.ofSeconds(Integer.getInteger("benchmark.signal.openSeconds", 240)),
                Integer.getInteger("benchmark.signal.openThreads", 200),
                Integer.getInteger("benchmark.signal.families", 100_000),
                Long.getLong("benchmark.signal.seed", 616_161L),
                Double.parseDouble(System.getProperty("benchmark.signal.loadShare", "0.7")));
    }
}
