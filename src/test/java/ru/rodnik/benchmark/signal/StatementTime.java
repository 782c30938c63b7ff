package ru.rodnik.benchmark.signal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The statements the server executed for one database during a phase and the time it spent executing and planning
 * them ({@code pg_stat_statements} with {@code track_planning}, reset at the phase's start), commits included: what a
 * signal costs the database, beside what it costs end to end. The benchmark's own queries of the statistics are not
 * counted.
 */
record StatementTime(long statements, double executionMillis, double planningMillis) {

    static void reset(Connection db) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute("select pg_stat_statements_reset()");
        }
    }

    /** The phase's totals; every statement's calls and time go to {@code listing}, the most expensive first. */
    static StatementTime of(Connection db, String database, Path listing) throws SQLException, IOException {
        List<String> lines = new ArrayList<>();
        // The longest call shows a statement that is cheap on average but now and then takes far longer (a GIN
        // index's pending list merged by the insert that fills it, say): what the API's tail sees and the mean hides.
        lines.add("calls\ttotal ms\tmean ms\trows\tplans\tplanning ms\tlongest ms\tstatement");
        try (PreparedStatement query = db.prepareStatement("""
                select calls, total_exec_time, mean_exec_time, rows, plans, total_plan_time, max_exec_time,
                       regexp_replace(query, '\\s+', ' ', 'g')
                from pg_stat_statements s join pg_database d on d.oid = s.dbid
                where d.datname = ? order by total_exec_time desc""")) {
            query.setString(1, database);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    lines.add(String.format(
                            Locale.ROOT,
                            "%d\t%.1f\t%.3f\t%d\t%d\t%.1f\t%.1f\t%s",
                            rows.getLong(1),
                            rows.getDouble(2),
                            rows.getDouble(3),
                            rows.getLong(4),
                            rows.getLong(5),
                            rows.getDouble(6),
                            rows.getDouble(7),
                            rows.getString(8)));
                }
            }
        }
        Files.write(listing, lines);
        return totals(db, database);
    }

    /**
     * The rows a call of the statements that begin with {@code prefix} returned or wrote, on average, from a listing
     * {@link #of} wrote; zero when none was called.
     */
    static double rowsPerCall(Path listing, String prefix) throws IOException {
        long calls = 0;
        long rows = 0;
        List<String> lines = Files.readAllLines(listing);
        for (String line : lines.subList(1, lines.size())) {
            String[] columns = line.split("\t", 8);
            if (columns[7].startsWith(prefix)) {
                calls += Long.parseLong(columns[0]);
                rows += Long.parseLong(columns[3]);
            }
        }
        return calls == 0 ? 0 : (double) rows / calls;
    }

    /**
     * Writes the listing as it stands (counted from the phase's start) every minute of a phase, to
     * {@code statements-<phase>-<second>s.tsv}, so that the difference between two of them shows which statements
     * grew dearer late in a phase and which did not. Stopped with {@link Minutes#close}.
     */
    static Minutes everyMinute(Connection db, String database, Path directory, String phase) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "statements-every-minute");
            thread.setDaemon(true);
            return thread;
        });
        AtomicInteger minute = new AtomicInteger();
        timer.scheduleAtFixedRate(
                () -> {
                    Path listing =
                            directory.resolve("statements-" + phase + "-" + minute.incrementAndGet() * 60 + "s.tsv");
                    try {
                        of(db, database, listing);
                    } catch (SQLException | IOException e) {
                        throw new IllegalStateException("could not list the statements at " + listing, e);
                    }
                },
                1,
                1,
                TimeUnit.MINUTES);
        return new Minutes(timer);
    }

    /** The minutes' listings of one phase. */
    record Minutes(ScheduledExecutorService timer) implements AutoCloseable {

        @Override
        public void close() throws InterruptedException {
            timer.shutdownNow();
            timer.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    private static StatementTime totals(Connection db, String database) throws SQLException {
        try (Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery("""
                        select coalesce(sum(calls), 0), coalesce(sum(total_exec_time), 0),
                               coalesce(sum(total_plan_time), 0) from pg_stat_statements s
                        join pg_database d on d.oid = s.dbid
                        where d.datname = '%s' and s.query not like '%%pg_stat_statements%%'
                          and s.query not like '%%pg_stat_activity%%'
                        """.formatted(database))) {
            rows.next();
            return new StatementTime(rows.getLong(1), rows.getDouble(2), rows.getDouble(3));
        }
    }
}
