package ru.rodnik.benchmark;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * CPU time used by this JVM and by the embedded PostgreSQL (the postmaster and every process it started), read from
 * {@code /proc}. Wall time on a shared machine says as much about the other builds as about linkage; the CPU a
 * subject costs does not, and two cores can link at most two CPU-seconds' worth of subjects a second.
 */
final class CpuTime {

    /** Clock ticks per second of {@code /proc/<pid>/stat}; 100 on every Linux this runs on. */
    private static final double TICKS_PER_SECOND = 100;

    private final long postmaster;

    private CpuTime(long postmaster) {
        this.postmaster = postmaster;
    }

    /** The CPU clocks of this JVM and of the PostgreSQL server whose data directory is {@code pgData}. */
    static CpuTime of(Path pgData) throws IOException {
        String pidLine = Files.readAllLines(pgData.resolve("postmaster.pid"), StandardCharsets.US_ASCII)
                .get(0);
        return new CpuTime(Long.parseLong(pidLine.strip()));
    }

    /** CPU used so far, both sides. */
    record Reading(Duration jvm, Duration postgres) {

        Reading since(Reading earlier) {
            return new Reading(jvm.minus(earlier.jvm), postgres.minus(earlier.postgres));
        }
    }

    Reading read() throws IOException {
        long jvm = ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
        return new Reading(Duration.ofNanos(jvm), Duration.ofNanos((long) (postgresTicks() / TICKS_PER_SECOND * 1e9)));
    }

    private long postgresTicks() throws IOException {
        long ticks = 0;
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.toList()) {
                if (!process.getFileName().toString().chars().allMatch(Character::isDigit)) {
                    continue;
                }
                String[] stat = stat(process);
                if (stat == null) {
                    continue;
                }
                long pid = Long.parseLong(process.getFileName().toString());
                // Fields after the command: state, ppid, ..., utime (14th field overall), stime (15th).
                if (pid == postmaster || Long.parseLong(stat[1]) == postmaster) {
                    ticks += Long.parseLong(stat[11]) + Long.parseLong(stat[12]);
                }
            }
        }
        return ticks;
    }

    /** The fields of {@code /proc/<pid>/stat} after the command name, or null when the process is gone. */
    private static String @Nullable [] stat(Path process) {
        try {
            String line = Files.readString(process.resolve("stat"), StandardCharsets.US_ASCII);
            return line.substring(line.lastIndexOf(')') + 2).split(" ");
        } catch (IOException e) {
            return null;
        }
    }
}
