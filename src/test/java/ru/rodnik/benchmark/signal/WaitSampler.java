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
    private static final int STATEMENT_PREFIX = 70;

    private final Connection connection;
    private final String database;
    private final Map<String, Integer> samples = new HashMap<>();
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
        try (PreparedStatement query = connection.prepareStatement("""
                select coalesce(wait_event_type || ':' || wait_event, ?), left(regexp_replace(query, '\\s+', ' ', 'g'), ?)
                from pg_stat_activity
                where datname = ? and state = 'active' and pid <> pg_backend_pid()""")) {
            query.setString(1, RUNNING);
            query.setInt(2, STATEMENT_PREFIX);
            query.setString(3, database);
            while (!stopped) {
                try (ResultSet rows = query.executeQuery()) {
                    synchronized (samples) {
                        while (rows.next()) {
                            samples.merge(rows.getString(1) + "\t" + rows.getString(2), 1, Integer::sum);
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
     * Stops sampling, writes every (wait, statement) pair with its samples to {@code listing}, and answers the share
     * of each wait over all active sessions' samples, the largest first, e.g. {@code running 82 %, LWLock:WALWrite
     * 9 %}.
     */
    String stop(Path listing) throws IOException, InterruptedException, SQLException {
        close();
        if (failure != null) {
            throw failure;
        }
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

    @Override
    public void close() throws InterruptedException {
        stopped = true;
        sampler.join();
    }
}
