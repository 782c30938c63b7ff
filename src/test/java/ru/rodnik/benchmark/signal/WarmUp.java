package ru.rodnik.benchmark.signal;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The warm-up before anything is measured: closed-model load in steps until the application's JIT compiler has all
 * but finished. A JVM serving a large framework stack keeps compiling for minutes on two shared processors (a fifth
 * of the application's processor time went to the compiler in the first minute and a half); pgbench, beside it,
 * never needs to. The load stops at the first step after {@code minimum} whose compiler share is at most
 * {@code compilerShare}, or at {@code maximum} whatever the share; the results say which share it ended with.
 *
 * @param steps each step's load
 * @param lastCompilerShare of the application's processor time in the last step, the JIT compiler's share
 */
record WarmUp(List<HttpLoad.Phase> steps, double lastCompilerShare) {

    static final Duration STEP = Duration.ofSeconds(15);

    static WarmUp run(
            HttpLoad load, int clients, Duration minimum, Duration maximum, double compilerShare, BenchmarkStack stack)
            throws InterruptedException, IOException {
        long applicationPid = stack.applicationPid();
        long postmasterPid = stack.postmasterPid();
        List<HttpLoad.Phase> steps = new ArrayList<>();
        Duration elapsed = Duration.ZERO;
        double share;
        do {
            CpuUsage.Sample before = CpuUsage.sample(applicationPid, postmasterPid);
            steps.add(load.closed("warm-up", clients, STEP));
            CpuUsage.Split step = CpuUsage.between(before, CpuUsage.sample(applicationPid, postmasterPid));
            share = step.application() == 0 ? 0 : step.compiler() / step.application();
            elapsed = elapsed.plus(STEP);
            stack.progress(
                    "warm-up %d s: JIT compiler %.0f %% of the application's processor time",
                    elapsed.toSeconds(), 100 * share);
        } while (elapsed.compareTo(maximum) < 0 && (elapsed.compareTo(minimum) < 0 || share > compilerShare));
        return new WarmUp(List.copyOf(steps), share);
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
