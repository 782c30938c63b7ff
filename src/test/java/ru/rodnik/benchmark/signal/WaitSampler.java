package ru.rodnik.benchmark.signal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What the database's active sessions were doing during a phase, sampled from {@code pg_stat_activity} every
 * {@link #INTERVAL_MILLIS} ms on a connection of its own: running (or waiting for a processor, which the server cannot
 * tell apart) or waiting for a lock, the WAL, a disk. {@code pg_stat_statements} says how long each statement took;
 * this says what the time went to when one takes longer than its plan explains.
 */
final class WaitSampler implements AutoCloseable {

    static final long INTERVAL_MILLIS = 50;
    private static final String RUNNING = "running";
    private static final String IDLE_IN_TRANSACTION = "idle in transaction";
    /** The key under which a second's map counts its samples. */
    private static final String SAMPLES = "";

    private static final int STATEMENT_PREFIX = 70;

    private final Connection connection;
    private final String database;
    private final Map<String, Integer> samples = new HashMap<>();
    /** Per second of the phase: the samples taken, and how many sessions each sample found in each wait or state. */
    private final Map<Integer, Map<String, Integer>> bySecond = new TreeMap<>();

    private final Thread sampler;
    private volatile boolean stopped;
    private volatile @Nullable SQLException failure;

    private WaitSampler(Connection connection, String database) {
        this.connection = connection;
        this.database = database;
        this.sampler = new Thread(this::sample, "wait-sampler");
    }

    static WaitSampler start(Connection connection, String database) {
        WaitSampler waits = new WaitSampler(connection, database);
        waits.sampler.setDaemon(true);
        waits.sampler.start();
        return waits;
    }

    private void sample() {
        // Sessions idle in a transaction are the application's time inside one (between its statements); they are
        // counted second by second, not among the active sessions' waits.
        try (PreparedStatement query = connection.prepareStatement("""
                select case state when 'active' then coalesce(wait_event_type || ':' || wait_event, ?) else state end,
                       left(regexp_replace(query, '\\s+', ' ', 'g'), ?)
                from pg_stat_activity
                where datname = ? and state in ('active', ?) and pid <> pg_backend_pid()""")) {
            query.setString(1, RUNNING);
            query.setInt(2, STATEMENT_PREFIX);
            query.setString(3, database);
            query.setString(4, IDLE_IN_TRANSACTION);
            long start = System.nanoTime();
            while (!stopped) {
                int second = (int) ((System.nanoTime() - start) / 1_000_000_000L) + 1;
                try (ResultSet rows = query.executeQuery()) {
                    synchronized (samples) {
                        Map<String, Integer> thisSecond = bySecond.computeIfAbsent(second, s -> new HashMap<>());
                        thisSecond.merge(SAMPLES, 1, Integer::sum);
                        while (rows.next()) {
                            String wait = rows.getString(1);
                            thisSecond.merge(wait, 1, Integer::sum);
                            if (!wait.equals(IDLE_IN_TRANSACTION)) {
                                samples.merge(wait + "\t" + rows.getString(2), 1, Integer::sum);
                            }
                        }
                    }
                }
                Thread.sleep(INTERVAL_MILLIS);
            }
        } catch (SQLException e) {
            failure = e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Stops sampling, writes every (wait, statement) pair with its samples to {@code listing} and the phase second by
     * second to {@code secondBySecond}, and answers the share of each wait over all active sessions' samples, the
     * largest first, e.g. {@code running 82 %, LWLock:WALWrite 9 %}.
     */
    String stop(Path listing, Path secondBySecond) throws IOException, InterruptedException, SQLException {
        close();
        if (failure != null) {
            throw failure;
        }
        writeSeconds(secondBySecond);
        Map<String, Integer> byWait = new HashMap<>();
        List<String> lines = new ArrayList<>();
        lines.add("samples\twait\tstatement");
        synchronized (samples) {
            samples.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .forEach(sample -> {
                        lines.add(sample.getValue() + "\t" + sample.getKey());
                        byWait.merge(sample.getKey().split("\t", 2)[0], sample.getValue(), Integer::sum);
                    });
        }
        Files.write(listing, lines);
        double all = byWait.values().stream().mapToInt(Integer::intValue).sum();
        return byWait.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(5)
                .map(wait -> String.format(Locale.ROOT, "%s %.0f %%", wait.getKey(), 100 * wait.getValue() / all))
                .collect(Collectors.joining(", "));
    }

    /**
     * One line per second: the sessions in a statement and idle in a transaction, on average over the second's
     * samples, and what the sessions in a statement did. A stall shows whom it stopped: the server's sessions (waiting
     * on a lock, the WAL), or the application (few sessions in a statement, or many idle in a transaction).
     */
    private void writeSeconds(Path listing) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("second\tin a statement\tidle in a transaction\twhat the sessions in a statement did");
        synchronized (samples) {
            bySecond.forEach((second, counts) -> {
                double taken = counts.get(SAMPLES);
                int active = counts.entrySet().stream()
                        .filter(count -> !count.getKey().equals(SAMPLES)
                                && !count.getKey().equals(IDLE_IN_TRANSACTION))
                        .mapToInt(Map.Entry::getValue)
                        .sum();
                String waits = counts.entrySet().stream()
                        .filter(count -> !count.getKey().equals(SAMPLES)
                                && !count.getKey().equals(IDLE_IN_TRANSACTION))
                        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                        .map(count -> String.format(Locale.ROOT, "%s %.1f", count.getKey(), count.getValue() / taken))
                        .collect(Collectors.joining(", "));
                lines.add(String.format(
                        Locale.ROOT,
                        "%d\t%.1f\t%.1f\t%s",
                        second,
                        active / taken,
                        counts.getOrDefault(IDLE_IN_TRANSACTION, 0) / taken,
                        waits));
            });
        }
        Files.write(listing, lines);
    }

    @Override
    public void close() throws InterruptedException {
        stopped = true;
        sampler.join();
    }
}
