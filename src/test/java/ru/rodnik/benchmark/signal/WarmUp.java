package ru.rodnik.benchmark.signal;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The warm-up before anything is measured: closed-model load in steps until the application's JIT compiler has all
 * but finished and the database holds a region's worth of signals. A JVM serving a large framework stack keeps
 * compiling for minutes on two shared processors (a fifth of the application's processor time went to the compiler in
 * the first minute and a half); pgbench, beside it, never needs to. A young database is the other trap: autovacuum
 * analyses a table again once a tenth of it changed, so while a minute's load grows every table by a fifth, every
 * table is analysed again every minute (about 3 s of processor time in 8 s, each time, on two processors) and drops
 * the sessions' cached plans; a phase that such a round falls into measures it, one that it misses does not. The load
 * goes on past {@code minimum} while the compiler share exceeds {@code compilerShare} (until {@code maximum}) and,
 * however long it takes, while the database holds fewer than {@code signals}; the results say where it ended.
 *
 * @param steps each step's load
 * @param lastCompilerShare of the application's processor time in the last step, the JIT compiler's share
 * @param stored signals in the database when the warm-up ended
 */
record WarmUp(List<HttpLoad.Phase> steps, double lastCompilerShare, long stored) {

    static final Duration STEP = Duration.ofSeconds(15);

    static WarmUp run(
            HttpLoad load,
            int clients,
            Duration minimum,
            Duration maximum,
            double compilerShare,
            long signals,
            BenchmarkStack stack)
            throws InterruptedException, IOException, SQLException {
        long applicationPid = stack.applicationPid();
        long postmasterPid = stack.postmasterPid();
        List<HttpLoad.Phase> steps = new ArrayList<>();
        Duration elapsed = Duration.ZERO;
        double share;
        long stored;
        boolean compiling;
        do {
            CpuUsage.Sample before = CpuUsage.sample(applicationPid, postmasterPid);
            HttpLoad.Phase step = load.closed("warm-up", clients, STEP);
            if (step.accepted() == 0) {
                throw new IllegalStateException(
                        "the warm-up's last " + STEP.toSeconds() + " s stored no signal: " + step.firstFailure());
            }
            steps.add(step);
            CpuUsage.Split cpu = CpuUsage.between(before, CpuUsage.sample(applicationPid, postmasterPid));
            share = cpu.application() == 0 ? 0 : cpu.compiler() / cpu.application();
            elapsed = elapsed.plus(STEP);
            stored = stack.storedSignals();
            stack.progress(
                    "warm-up %d s: JIT compiler %.0f %% of the application's processor time; %,d signals stored",
                    elapsed.toSeconds(), 100 * share, stored);
            compiling = elapsed.compareTo(maximum) < 0 && (elapsed.compareTo(minimum) < 0 || share > compilerShare);
        } while (compiling || stored < signals);
        return new WarmUp(List.copyOf(steps), share, stored);
    }

    Duration elapsed() {
        return steps.stream().map(HttpLoad.Phase::elapsed).reduce(Duration.ZERO, Duration::plus);
    }

    int accepted() {
        return steps.stream().mapToInt(HttpLoad.Phase::accepted).sum();
    }

    int failed() {
        return steps.stream().mapToInt(HttpLoad.Phase::failed).sum();
    }
}
