package ru.rodnik.benchmark.signal;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import ru.rodnik.process.RodnikProcess;

/**
 * What the intake benchmarks run on: an embedded PostgreSQL with the product's durability settings ({@code fsync},
 * {@code synchronous_commit} and {@code full_page_writes} on; {@code pg_stat_statements} loaded) and shared buffers
 * sized for the machine, and the application
 * as a JVM of its own, started from {@code target/classes} and its runtime class path with {@code RODNIK_DB_URL}, in
 * the demo profile (demo region and tokens).
 */
final class BenchmarkStack implements AutoCloseable {

    static final String DATABASE = "rodnik";
    /** Written by the benchmark profile (maven-dependency-plugin): the application's runtime class path. */
    private static final Path RUNTIME_CLASSPATH = Path.of("target/benchmark-runtime-classpath.txt");
    /**
     * More server settings for a run, e.g. {@code -Dbenchmark.serverConfig="wal_compression=lz4 commit_delay=10"}, to
     * try a setting before it goes into the product's server configuration.
     */
    static final Map<String, String> EXTRA_SERVER_CONFIG = flagsOf("benchmark.serverConfig").stream()
            .map(setting -> setting.split("=", 2))
            .collect(Collectors.toMap(setting -> setting[0], setting -> setting[1], (a, b) -> b, LinkedHashMap::new));

    private static final List<String> DESCRIBED_SETTINGS = List.of(
            "shared_buffers",
            "max_wal_size",
            "autovacuum_analyze_scale_factor",
            "autovacuum_vacuum_insert_scale_factor",
            "fsync",
            "synchronous_commit",
            "full_page_writes",
            "wal_sync_method",
            "max_connections");

    private final String name;
    private final Path work;
    private final EmbeddedPostgres postgres;
    private final RodnikProcess application;
    private final Connection db;

    private BenchmarkStack(
            String name, Path work, EmbeddedPostgres postgres, RodnikProcess application, Connection db) {
        this.name = name;
        this.work = work;
        this.postgres = postgres;
        this.application = application;
        this.db = db;
    }

    /**
     * Starts a clean server in {@code work/pg} and the application on it.
     *
     * @param jvm the application's JVM flags ({@code -Xmx1g} first, then these), e.g. settings as {@code -D}
     */
    static BenchmarkStack start(String name, Path work, List<String> jvm) throws IOException, SQLException {
        String classpath = applicationClasspath(name);
        EmbeddedPostgres.Builder server = EmbeddedPostgres.builder()
                .setDataDirectory(work.resolve("pg"))
                .setCleanDataDirectory(true)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("max_connections", "100")
                // Sized as a production server on this machine would be, not at PostgreSQL's 128 MB default: with
                // that, intake's working set did not fit, the backends wrote 8-16 evicted pages per signal themselves,
                // and the kernel flushed them in bursts of up to 300 MB that held up the WAL's fsync for seconds.
                .setServerConfig("shared_buffers", "2GB")
                // Room for a measured phase's WAL between the checkpoints run before each phase: at 1 GB (the default)
                // a checkpoint started by the WAL's size fell into the closed phase of a database of 100,000 signals.
                .setServerConfig("max_wal_size", "4GB")
                // Autovacuum takes up a large table once half of it changed, not a tenth (analyse) or a fifth
                // (vacuum after inserts): a phase adds a tenth to a sixth of a database of 100,000 signals, so at the
                // defaults a round over the large tables fell into some phases and not others (pgbench's rate moved
                // by a quarter), while in a region's database a minute changes a fraction of a percent. The benchmark
                // runs VACUUM (ANALYZE) before each phase instead.
                .setServerConfig("autovacuum_analyze_scale_factor", "0.5")
                .setServerConfig("autovacuum_vacuum_insert_scale_factor", "0.5")
                .setServerConfig("shared_preload_libraries", "pg_stat_statements")
                .setServerConfig("pg_stat_statements.track_planning", "on")
                // What could stall the server without its disk, with a time to set beside the per-second listings:
                // autovacuum's work (with its processor time), long lock waits, statements over a second. The
                // server's own log file (pg/log), since its output reaches the benchmark's only while it starts.
                .setServerConfig("logging_collector", "on")
                .setServerConfig("log_autovacuum_min_duration", "0")
                .setServerConfig("log_lock_waits", "on")
                .setServerConfig("log_min_duration_statement", "1000")
                .setPGStartupWait(Duration.ofSeconds(120));
        EXTRA_SERVER_CONFIG.forEach(server::setServerConfig);
        EmbeddedPostgres postgres = server.start();
        try {
            try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
                execute(connection, "create database " + DATABASE + " encoding 'UTF8' template template0");
            }
            Map<String, String> env = Map.of(
                    "RODNIK_DB_URL",
                    "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE,
                    "RODNIK_DB_USER",
                    "postgres",
                    "RODNIK_DB_PASSWORD",
                    "",
                    "RODNIK_DATA_DIR",
                    work.resolve("app").toString());
            progress(name, "starting the application");
            // The garbage collector's pauses and every safepoint (with the time it took the threads to reach it, which
            // a pause's own figure leaves out) go to a log of their own, to lay beside the latencies second by second.
            List<String> flags = Stream.concat(
                            applicationJvm(jvm).stream(),
                            Stream.of("-Xlog:gc,safepoint:file=" + work.resolve("application-gc.log") + ":time,uptime"))
                    .toList();
            RodnikProcess application = RodnikProcess.startFromClasspath(name, classpath, flags, env);
            Connection db = postgres.getDatabase("postgres", DATABASE).getConnection();
            execute(db, "create extension if not exists pg_stat_statements");
            return new BenchmarkStack(name, work, postgres, application, db);
        } catch (SQLException | RuntimeException e) {
            postgres.close();
            throw e;
        }
    }

    String baseUrl() {
        return application.baseUrl();
    }

    long applicationPid() {
        return application.pid();
    }

    int postgresPort() {
        return postgres.getPort();
    }

    /** A connection of the benchmark's own to the application's database. */
    Connection db() {
        return db;
    }

    /** Another connection of the benchmark's own, e.g. for a thread that watches the server during a phase. */
    Connection connect() throws SQLException {
        return postgres.getDatabase("postgres", DATABASE).getConnection();
    }

    long postmasterPid() throws IOException {
        return Long.parseLong(Files.readAllLines(work.resolve("pg").resolve("postmaster.pid"))
                .get(0)
                .strip());
    }

    /**
     * Waits until every event publication is completed: the listeners (early warning) run after intake's commit, and
     * a phase that left them behind must not hand their work to the next one. Answers how long that took.
     */
    Duration awaitListeners() throws SQLException, InterruptedException {
        long start = System.nanoTime();
        Duration patience = Duration.ofMinutes(15);
        while (true) {
            try (Statement statement = db.createStatement();
                    ResultSet rows = statement.executeQuery(
                            "select count(*) from event_publication where completion_date is null")) {
                rows.next();
                if (rows.getLong(1) == 0) {
                    return Duration.ofNanos(System.nanoTime() - start);
                }
            }
            if (System.nanoTime() - start > patience.toNanos()) {
                throw new IllegalStateException("event publications still incomplete after " + patience);
            }
            Thread.sleep(200);
        }
    }

    /**
     * Ends the application's database sessions while it is idle; its pool opens new ones (a connection idle for more
     * than half a second is checked before it is lent, and a dead one is replaced without failing the request). Run
     * after the warm-up: each session keeps, for every prepared statement, the average cost of the custom plans it
     * made, which sessions born with an empty database made cheap; against that average the generic plan of the
     * grown database looked dear, and the sessions planned the family lookup on every call (0.5 ms of the server's
     * processor time each) where a new session keeps the generic plan after five. A production server's sessions
     * (30 minutes at most) are younger than its data; the phases' sessions now are too.
     *
     * @return the sessions ended
     */
    int renewApplicationSessions() throws SQLException {
        try (Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery("""
                        select count(*) filter (where pg_terminate_backend(pid)) from pg_stat_activity
                        where datname = current_database() and backend_type = 'client backend'
                          and pid <> pg_backend_pid()
                        """)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /** Signals in the database, of every region. */
    long storedSignals() throws SQLException {
        try (Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery("select count(*) from signal")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** The server's version and the settings that decide how fast it commits. */
    String serverDescription() throws SQLException {
        List<String> names = Stream.concat(DESCRIBED_SETTINGS.stream(), EXTRA_SERVER_CONFIG.keySet().stream())
                .toList();
        try (PreparedStatement statement = db.prepareStatement("""
                        select version(), string_agg(name || '=' || current_setting(name), ', ' order by name)
                        from pg_settings
                        where name = any (?)
                        """)) {
            statement.setArray(1, db.createArrayOf("text", names.toArray()));
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getString(1).replaceAll(" on .*", "") + " (" + rows.getString(2) + ")";
            }
        }
    }

    void progress(String format, Object... arguments) {
        progress(name, format, arguments);
    }

    @Override
    public void close() throws Exception {
        try {
            db.close();
            application.stop();
            application.close();
        } finally {
            try {
                keepServerLog();
            } finally {
                postgres.close();
            }
        }
    }

    /** The server's log outlives its data directory, which closing the server deletes. */
    private void keepServerLog() throws IOException {
        Path log = work.resolve("pg").resolve("log");
        if (!Files.isDirectory(log)) {
            return;
        }
        try (Stream<Path> files = Files.list(log).sorted();
                OutputStream kept = Files.newOutputStream(work.resolve("server.log"))) {
            for (Path file : files.toList()) {
                Files.copy(file, kept);
            }
        }
    }

    static void execute(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Other builds share the machine: the figures are only as good as it was quiet. 1, 5 and 15 minutes. */
    static String loadAverage() throws IOException {
        return Files.readString(Path.of("/proc/loadavg")).replaceFirst("^(\\S+ \\S+ \\S+).*\\s*$", "$1");
    }

    /** The application's JVM flags: a heap of its own, then the given ones. */
    static List<String> applicationJvm(List<String> flags) {
        return Stream.concat(Stream.of("-Xmx1g"), flags.stream()).toList();
    }

    /** The flags given with {@code -D<property>}, split at spaces. */
    static List<String> flagsOf(String property) {
        return Stream.of(System.getProperty(property, "").split(" "))
                .filter(flag -> !flag.isBlank())
                .toList();
    }

    private static void progress(String name, String format, Object... arguments) {
        System.out.println(
                "[" + name + " " + LocalTime.now().withNano(0) + "] " + String.format(Locale.ROOT, format, arguments));
    }

    /** The application's classes and runtime libraries: no test classes or test libraries on its class path. */
    private static String applicationClasspath(String name) throws IOException {
        if (!Files.exists(RUNTIME_CLASSPATH)) {
            throw new IllegalStateException(RUNTIME_CLASSPATH + " is missing: run the benchmark through Maven's"
                    + " benchmark profile (mvn -Pbenchmark verify -Dtest=...), which writes it (" + name + ")");
        }
        return Path.of("target/classes").toAbsolutePath()
                + java.io.File.pathSeparator
                + Files.readString(RUNTIME_CLASSPATH).strip();
    }
}
