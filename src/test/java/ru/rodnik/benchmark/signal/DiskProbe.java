package ru.rodnik.benchmark.signal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The disk alone, before any load: how long writing 8 kB and waiting for it to reach the disk takes ({@code fdatasync},
 * what a commit waits for), again and again on the database's own file system. A latency target can be no better than
 * the commits under it: when the disk itself holds up a flush for half a second now and then, every commit waiting
 * then waits that long.
 */
final class DiskProbe {

    /** A flush that took longer than this counts as a stall. */
    static final double STALL_MILLIS = 100;

    private static final int BLOCK = 8192;
    private static final List<String> WRITEBACK_SETTINGS = List.of(
            "dirty_background_bytes",
            "dirty_background_ratio",
            "dirty_bytes",
            "dirty_ratio",
            "dirty_expire_centisecs",
            "dirty_writeback_centisecs");
    private static final long PAUSE_NANOS = 5_000_000;

    record Result(Duration duration, Latencies.Summary flushes, int stalls, double stalledMillis) {}

    private DiskProbe() {}

    static Result run(Path directory, Duration duration) throws IOException, InterruptedException {
        Path file = Files.createTempFile(directory, "disk-probe", ".bin");
        Latencies latencies = new Latencies();
        int stalls = 0;
        double stalled = 0;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ByteBuffer block = ByteBuffer.allocate(BLOCK);
            long end = System.nanoTime() + duration.toNanos();
            while (System.nanoTime() < end) {
                block.clear();
                channel.write(block, 0);
                long start = System.nanoTime();
                channel.force(false);
                long nanos = System.nanoTime() - start;
                latencies.add(nanos);
                if (nanos / 1e6 > STALL_MILLIS) {
                    stalls++;
                    stalled += nanos / 1e6;
                }
                Thread.sleep(PAUSE_NANOS / 1_000_000);
            }
        } finally {
            Files.deleteIfExists(file);
        }
        return new Result(duration, latencies.summary(), stalls, stalled);
    }

    static String describe(Result result) {
        Latencies.Summary flushes = result.flushes();
        return String.format(
                Locale.ROOT,
                "8 kB written and flushed (fdatasync) every 5 ms for %d s on the idle machine: p50 %.2f ms, p99 %.2f"
                        + " ms, max %.1f ms; %d flushes over %.0f ms, %.0f ms in all; the kernel's writeback: %s",
                result.duration().toSeconds(),
                flushes.p50(),
                flushes.p99(),
                flushes.max(),
                result.stalls(),
                STALL_MILLIS,
                result.stalledMillis(),
                kernelWriteback());
    }

    /**
     * When the kernel writes the page cache's dirty pages back: pages the server wrote without flushing them (a
     * relation's new pages) wait for it, and a large batch of them queues ahead of the WAL's flushes on the same disk.
     */
    static String kernelWriteback() {
        return WRITEBACK_SETTINGS.stream()
                .map(name -> {
                    try {
                        // By line: Files.readString reads a /proc file, whose size says 0, as its first byte only.
                        return name + "="
                                + Files.readAllLines(Path.of("/proc/sys/vm", name))
                                        .get(0)
                                        .strip();
                    } catch (IOException e) {
                        return name + " unknown";
                    }
                })
                .collect(Collectors.joining(", "));
    }
}
