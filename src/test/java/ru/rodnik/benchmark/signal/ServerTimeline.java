package ru.rodnik.benchmark.signal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.DoubleStream;
import org.jspecify.annotations.Nullable;

/**
 * What the server and the machine's disk did second by second during a phase, to lay beside the latencies of the
 * same seconds: when a second's requests stall, was a checkpoint writing, autovacuum at work, the WAL growing faster,
 * the kernel flushing dirty pages, the processors busy elsewhere? Sampled once a second on a connection of its own
 * ({@code pg_stat_wal}, {@code pg_stat_checkpointer}, {@code pg_stat_io}, {@code pg_stat_progress_vacuum}) and from
 * {@code /proc} (processor time as {@link CpuUsage} splits it).
 */
final class ServerTimeline implements AutoCloseable {

    private static final long INTERVAL_MILLIS = 1000;
    /** Wall-clock time of each second, to find it in the server's, the application's and the GC's logs. */
    private static final DateTimeFormatter CLOCK =
            DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);
    /** Whole disks, not their partitions: virtio, SCSI/SATA and NVMe names. */
    private static final Pattern DISK = Pattern.compile("vd[a-z]+|sd[a-z]+|xvd[a-z]+|nvme\\d+n\\d+");

    private static final String COUNTERS = """
            select pg_current_wal_lsn() - '0/0',
                   (select wal_fpi from pg_stat_wal),
                   (select wal_sync from pg_stat_wal),
                   (select num_timed + num_requested from pg_stat_checkpointer),
                   (select coalesce(sum(writes), 0) from pg_stat_io where backend_type = 'client backend'),
                   (select coalesce(sum(extends * op_bytes), 0) from pg_stat_io),
                   (select coalesce(sum(writes), 0) from pg_stat_io where backend_type = 'background writer'),
                   (select wait_event from pg_stat_activity where backend_type = 'checkpointer'),
                   (select string_agg(work, ', ' order by work)
                    from (select c.relname || ' ' || v.phase
                          from pg_stat_progress_vacuum v left join pg_class c on c.oid = v.relid
                          union all
                          select c.relname || ' analyze ' || a.phase
                          from pg_stat_progress_analyze a left join pg_class c on c.oid = a.relid) done (work))""";

    /** Counters at one moment; the strings say what was going on at that moment. */
    private record Sample(
            long nanos,
            Instant at,
            long walBytes,
            long fullPageImages,
            long walFlushes,
            long checkpoints,
            long backendWrites,
            long extendedBytes,
            long backgroundWrites,
            @Nullable String checkpointer,
            @Nullable String vacuuming,
            Disk disk,
            CpuUsage.Sample cpu) {}

    /**
     * The kernel's dirty page cache and the disks' write and flush counters ({@code /proc/meminfo},
     * {@code /proc/diskstats}; flushes are counted from Linux 5.5 on, else 0).
     */
    private record Disk(
            long dirtyKb,
            long writebackKb,
            long writes,
            long sectorsWritten,
            long writingMillis,
            long inFlight,
            long flushes,
            long flushingMillis) {}

    /**
     * A phase's totals.
     *
     * @param walFlushes the server's flushes of the WAL to the disk ({@code fdatasync} and the like)
     * @param checkpoints checkpoints that ended during the phase
     * @param vacuumSeconds seconds in which autovacuum was working, and on which tables
     */
    record Summary(
            long walBytes,
            long fullPageImages,
            long walFlushes,
            long checkpoints,
            long backendWrites,
            long extendedBytes,
            long vacuumSeconds,
            Set<String> vacuumedTables,
            double diskWrittenMegabytes,
            long maxDirtyKb) {}

    private final Connection connection;
    private final long applicationPid;
    private final long postmasterPid;
    private final Thread sampler;
    private final List<Sample> samples = new ArrayList<>();
    private volatile boolean stopped;
    private volatile @Nullable Exception failure;

    private ServerTimeline(Connection connection, long applicationPid, long postmasterPid) {
        this.connection = connection;
        this.applicationPid = applicationPid;
        this.postmasterPid = postmasterPid;
        this.sampler = new Thread(this::sample, "server-timeline");
    }

    static ServerTimeline start(Connection connection, long applicationPid, long postmasterPid) throws SQLException {
        ServerTimeline timeline = new ServerTimeline(connection, applicationPid, postmasterPid);
        timeline.samples.add(timeline.read());
        timeline.sampler.setDaemon(true);
        timeline.sampler.start();
        return timeline;
    }

    private void sample() {
        try {
            long next = System.nanoTime();
            while (!stopped) {
                next += INTERVAL_MILLIS * 1_000_000;
                Thread.sleep(Math.max(0, (next - System.nanoTime()) / 1_000_000));
                Sample sample = read();
                synchronized (samples) {
                    samples.add(sample);
                }
            }
        } catch (SQLException | RuntimeException e) {
            failure = e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Sample read() throws SQLException {
        // Prepared, so that the driver keeps it on the server after a few calls and the server its plan: planned on
        // every call (a plain statement), it took 8–10 ms of the server's processor time a second, counted in the
        // phase's PostgreSQL time.
        try (PreparedStatement statement = connection.prepareStatement(COUNTERS);
                ResultSet row = statement.executeQuery()) {
            row.next();
            return new Sample(
                    System.nanoTime(),
                    Instant.now(),
                    row.getLong(1),
                    row.getLong(2),
                    row.getLong(3),
                    row.getLong(4),
                    row.getLong(5),
                    row.getLong(6),
                    row.getLong(7),
                    row.getString(8),
                    row.getString(9),
                    disk(),
                    CpuUsage.sample(applicationPid, postmasterPid));
        }
    }

    /**
     * Stops sampling, writes one line per second to {@code listing} (what happened in the second that ended at it)
     * and answers the phase's totals.
     */
    Summary stop(Path listing) throws Exception {
        close();
        if (failure != null) {
            throw failure;
        }
        List<Sample> seconds;
        synchronized (samples) {
            seconds = List.copyOf(samples);
        }
        List<String> lines = new ArrayList<>();
        lines.add("second\tWAL kB\tfull-page images\tWAL flushes\tcheckpoints ended\tbackend writes\textended kB"
                + "\tbackground writer writes\tdisk written kB\tdisk writes\tdisk writing ms\tdisk flushes"
                + "\tdisk flushing ms\tdirty kB\twriteback kB\tin flight\tCPU ms: application\tof it JIT compiler"
                + "\tPostgreSQL\tthis JVM\tpgbench\tothers\tstolen\tcheckpointer\tautovacuum\ttime (UTC)");
        long vacuumSeconds = 0;
        Set<String> vacuumed = new LinkedHashSet<>();
        long maxDirty = 0;
        for (int i = 1; i < seconds.size(); i++) {
            Sample before = seconds.get(i - 1);
            Sample after = seconds.get(i);
            lines.add(String.format(
                    Locale.ROOT,
                    "%.0f\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%s\t%s\t%s\t%s",
                    (after.nanos() - seconds.get(0).nanos()) / 1e9,
                    (after.walBytes() - before.walBytes()) / 1024,
                    after.fullPageImages() - before.fullPageImages(),
                    after.walFlushes() - before.walFlushes(),
                    after.checkpoints() - before.checkpoints(),
                    after.backendWrites() - before.backendWrites(),
                    (after.extendedBytes() - before.extendedBytes()) / 1024,
                    after.backgroundWrites() - before.backgroundWrites(),
                    (after.disk().sectorsWritten() - before.disk().sectorsWritten()) / 2,
                    after.disk().writes() - before.disk().writes(),
                    after.disk().writingMillis() - before.disk().writingMillis(),
                    after.disk().flushes() - before.disk().flushes(),
                    after.disk().flushingMillis() - before.disk().flushingMillis(),
                    after.disk().dirtyKb(),
                    after.disk().writebackKb(),
                    after.disk().inFlight(),
                    milliseconds(CpuUsage.between(before.cpu(), after.cpu())),
                    after.checkpointer(),
                    after.vacuuming() == null ? "" : after.vacuuming(),
                    CLOCK.format(after.at())));
            if (after.vacuuming() != null) {
                vacuumSeconds++;
                for (String table : after.vacuuming().split(", ")) {
                    vacuumed.add(table.split(" ", 2)[0]);
                }
            }
            maxDirty = Math.max(maxDirty, after.disk().dirtyKb());
        }
        Files.write(listing, lines);
        Sample first = seconds.get(0);
        Sample last = seconds.get(seconds.size() - 1);
        return new Summary(
                last.walBytes() - first.walBytes(),
                last.fullPageImages() - first.fullPageImages(),
                last.walFlushes() - first.walFlushes(),
                last.checkpoints() - first.checkpoints(),
                last.backendWrites() - first.backendWrites(),
                last.extendedBytes() - first.extendedBytes(),
                vacuumSeconds,
                vacuumed,
                (last.disk().sectorsWritten() - first.disk().sectorsWritten()) / 2048.0,
                maxDirty);
    }

    @Override
    public void close() throws InterruptedException {
        stopped = true;
        sampler.join();
    }

    private static String milliseconds(CpuUsage.Split cpu) {
        return DoubleStream.of(
                        cpu.application(),
                        cpu.compiler(),
                        cpu.postgres(),
                        cpu.generator(),
                        cpu.pgbench(),
                        cpu.others(),
                        cpu.stolen())
                .mapToObj(seconds -> Long.toString(Math.round(seconds * 1000)))
                .collect(Collectors.joining("\t"));
    }

    private static Disk disk() {
        try {
            long dirty = 0;
            long writeback = 0;
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                String[] fields = line.split("\\s+");
                if (fields[0].equals("Dirty:")) {
                    dirty = Long.parseLong(fields[1]);
                } else if (fields[0].equals("Writeback:")) {
                    writeback = Long.parseLong(fields[1]);
                }
            }
            long writes = 0;
            long sectors = 0;
            long writing = 0;
            long inFlight = 0;
            long flushes = 0;
            long flushing = 0;
            // Fields after major, minor and name: reads (4), then writes completed, merged, sectors written, ms
            // writing, then I/Os in flight, ms doing I/O (2), discards (4), then flushes completed and ms flushing.
            for (String line : Files.readAllLines(Path.of("/proc/diskstats"))) {
                String[] fields = line.strip().split("\\s+");
                if (DISK.matcher(fields[2]).matches()) {
                    writes += Long.parseLong(fields[7]);
                    sectors += Long.parseLong(fields[9]);
                    writing += Long.parseLong(fields[10]);
                    inFlight += Long.parseLong(fields[11]);
                    if (fields.length >= 20) {
                        flushes += Long.parseLong(fields[18]);
                        flushing += Long.parseLong(fields[19]);
                    }
                }
            }
            return new Disk(dirty, writeback, writes, sectors, writing, inFlight, flushes, flushing);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
