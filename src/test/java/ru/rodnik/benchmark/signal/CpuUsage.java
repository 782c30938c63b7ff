package ru.rodnik.benchmark.signal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Where the processor time of a phase went, from {@code /proc}: the application's JVM, the PostgreSQL server (the
 * postmaster, its live backends and the backends that ended), this JVM (the load generator), the children this JVM
 * waited for (pgbench), whatever else ran on the machine (other builds share it), and what the hypervisor gave to
 * other machines on the same host (steal).
 */
final class CpuUsage {

    /**
     * Seconds of processor time.
     *
     * @param compiler of the application's, what its JIT compiler threads took: while they still work, the
     *     application is not yet at its steady speed
     */
    record Split(
            double application,
            double compiler,
            double postgres,
            double generator,
            double pgbench,
            double others,
            double stolen,
            double wall) {

        /** Of the machine's processors over the phase, how much was busy or taken by the hypervisor. */
        double busyShare() {
            return (application + postgres + generator + pgbench + others + stolen)
                    / (wall * Runtime.getRuntime().availableProcessors());
        }
    }

    /** Clock ticks, read at one moment. */
    record Sample(
            long application,
            long compiler,
            long postgres,
            long self,
            long children,
            long machineBusy,
            long stolen,
            long nanos) {}

    private static final double TICKS_PER_SECOND = 100; // USER_HZ on Linux

    private CpuUsage() {}

    static Sample sample(long applicationPid, long postmasterPid) {
        long[] self = times("self");
        long[] postmaster = times(Long.toString(postmasterPid));
        long postgres = postmaster[0] + postmaster[1] + postmaster[2] + postmaster[3];
        postgres += ProcessHandle.of(postmasterPid).stream()
                .flatMap(ProcessHandle::descendants)
                .mapToLong(backend -> {
                    long[] times = times(Long.toString(backend.pid()));
                    return times[0] + times[1];
                })
                .sum();
        long[] application = times(Long.toString(applicationPid));
        long[] machine = machine();
        return new Sample(
                application[0] + application[1],
                compilerThreads(applicationPid),
                postgres,
                self[0] + self[1],
                self[2] + self[3],
                machine[0],
                machine[1],
                System.nanoTime());
    }

    static Split between(Sample before, Sample after) {
        double application = (after.application() - before.application()) / TICKS_PER_SECOND;
        // A compiler thread that ended between the samples takes its ticks with it: never less than nothing.
        double compiler = Math.max(0, after.compiler() - before.compiler()) / TICKS_PER_SECOND;
        double postgres = (after.postgres() - before.postgres()) / TICKS_PER_SECOND;
        double generator = (after.self() - before.self()) / TICKS_PER_SECOND;
        double pgbench = (after.children() - before.children()) / TICKS_PER_SECOND;
        double machine = (after.machineBusy() - before.machineBusy()) / TICKS_PER_SECOND;
        double others = Math.max(0, machine - application - postgres - generator - pgbench);
        double stolen = (after.stolen() - before.stolen()) / TICKS_PER_SECOND;
        return new Split(
                application,
                compiler,
                postgres,
                generator,
                pgbench,
                others,
                stolen,
                (after.nanos() - before.nanos()) / 1e9);
    }

    /** Ticks of the JVM's JIT compiler threads ({@code C1 CompilerThread0}, ...; the kernel keeps 15 characters). */
    private static long compilerThreads(long pid) {
        Path tasks = Path.of("/proc", Long.toString(pid), "task");
        try (Stream<Path> threads = Files.list(tasks)) {
            return threads.filter(thread -> name(thread).contains("CompilerThre"))
                    .mapToLong(thread -> {
                        long[] times = times(thread.resolve("stat"));
                        return times[0] + times[1];
                    })
                    .sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A thread's name; empty for one that has just ended. */
    private static String name(Path thread) {
        try {
            return Files.readString(thread.resolve("comm"));
        } catch (IOException e) {
            if (ended(thread, e)) {
                return "";
            }
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether a read failed because the process or thread ended between being listed and being read: the file or
     * its directory is gone, or the kernel answers the read with ESRCH.
     */
    private static boolean ended(Path directory, IOException e) {
        return e instanceof NoSuchFileException
                || Files.notExists(directory)
                || "No such process".equals(e.getMessage());
    }

    /** utime, stime, cutime, cstime of a process; zeros for one that has just ended. */
    private static long[] times(String pid) {
        return times(Path.of("/proc", pid, "stat"));
    }

    /** utime, stime, cutime, cstime from a process's or thread's {@code stat}; zeros for one that has just ended. */
    private static long[] times(Path file) {
        String stat;
        try {
            stat = Files.readString(file);
        } catch (IOException e) {
            if (ended(file.getParent(), e)) {
                return new long[4];
            }
            throw new UncheckedIOException(e);
        }
        // The command name may hold spaces and parentheses: the fields that follow start after the last ')'.
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return new long[] {
            Long.parseLong(fields[11]),
            Long.parseLong(fields[12]),
            Long.parseLong(fields[13]),
            Long.parseLong(fields[14])
        };
    }

    /**
     * All processors' busy ticks (everything but idle, waiting for I/O and stolen) and the ticks the hypervisor gave to
     * other machines while this one wanted to run (steal): on a shared host, what another tenant took.
     */
    private static long[] machine() {
        try {
            String[] cpu =
                    Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            for (int i : new int[] {1, 2, 3, 6, 7}) {
                busy += Long.parseLong(cpu[i]);
            }
            return new long[] {busy, cpu.length > 8 ? Long.parseLong(cpu[8]) : 0};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
