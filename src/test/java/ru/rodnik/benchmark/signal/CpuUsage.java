package ru.rodnik.benchmark.signal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Where the processor time of a phase went, from {@code /proc}: the application's JVM, the PostgreSQL server (the
 * postmaster, its live backends and the backends that ended), this JVM (the load generator), the children this JVM
 * waited for (pgbench), and whatever else ran on the machine (other builds share it).
 */
final class CpuUsage {

    /** Seconds of processor time. */
    record Split(double application, double postgres, double generator, double pgbench, double others, double wall) {

        /** Of the machine's processors over the phase, how much was busy. */
        double busyShare() {
            return (application + postgres + generator + pgbench + others)
                    / (wall * Runtime.getRuntime().availableProcessors());
        }
    }

    /** Clock ticks, read at one moment. */
    record Sample(long application, long postgres, long self, long children, long machineBusy, long nanos) {}

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
        return new Sample(
                application[0] + application[1],
                postgres,
                self[0] + self[1],
                self[2] + self[3],
                machineBusy(),
                System.nanoTime());
    }

    static Split between(Sample before, Sample after) {
        double application = (after.application() - before.application()) / TICKS_PER_SECOND;
        double postgres = (after.postgres() - before.postgres()) / TICKS_PER_SECOND;
        double generator = (after.self() - before.self()) / TICKS_PER_SECOND;
        double pgbench = (after.children() - before.children()) / TICKS_PER_SECOND;
        double machine = (after.machineBusy() - before.machineBusy()) / TICKS_PER_SECOND;
        double others = Math.max(0, machine - application - postgres - generator - pgbench);
        return new Split(application, postgres, generator, pgbench, others, (after.nanos() - before.nanos()) / 1e9);
    }

    /** utime, stime, cutime, cstime of a process; zeros for one that has just ended. */
    private static long[] times(String pid) {
        String stat;
        try {
            stat = Files.readString(Path.of("/proc", pid, "stat"));
        } catch (NoSuchFileException e) {
            return new long[4];
        } catch (IOException e) {
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

    /** All processors' busy ticks: everything but idle and waiting for I/O. */
    private static long machineBusy() {
        try {
            String[] cpu =
                    Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i < cpu.length && i <= 8; i++) {
                if (i != 4 && i != 5) {
                    busy += Long.parseLong(cpu[i]);
                }
            }
            return busy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
