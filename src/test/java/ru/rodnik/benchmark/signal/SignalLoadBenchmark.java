package ru.rodnik.benchmark.signal;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import ru.rodnik.process.RodnikProcess;

/**
 * The signal-intake benchmark of the intake issue, run with {@code mvn -Pbenchmark verify -Dtest=SignalLoadBenchmark}
 * and never by the normal build. It asserts nothing about speed: it prints one results block, also written to
 * {@code target/signal-load-benchmark.txt}, for {@code docs/benchmarks.md}.
 *
 * <p>One PostgreSQL server (embedded, the product's durability settings: {@code fsync}, {@code synchronous_commit}
 * and {@code full_page_writes} on; {@code pg_stat_statements} loaded to count the database's share) serves both the
 * application, started as its own JVM from {@code target/classes} with {@code RODNIK_DB_URL}, and pgbench. In order:
 *
 * <ol>
 *   <li>warm-up: closed-model HTTP load (JIT, pools, caches), then {@code VACUUM (ANALYZE)};
 *   <li>the sustained rate: closed-model HTTP load; what it stored per signal gives the mix of the equivalent
 *       transaction;
 *   <li>the ceiling: pgbench runs the equivalent transaction with as many clients as the HTTP load; its rows are
 *       deleted afterwards;
 *   <li>latency at the target load: open-model HTTP load at 70 % of the pgbench rate, then at 70 % of the rate the
 *       API itself sustained.
 * </ol>
 */
class SignalLoadBenchmark {

    private static final Path WORK = Path.of("target/signal-load-benchmark").toAbsolutePath();
    private static final Path RESULTS = Path.of("target/signal-load-benchmark.txt");
    /** Written by the benchmark profile (maven-dependency-plugin): the application's runtime class path. */
    private static final Path RUNTIME_CLASSPATH = Path.of("target/benchmark-runtime-classpath.txt");

    private static final String DATABASE = "rodnik";
    private static final Duration PAUSE = Duration.ofSeconds(5);
    /** The application's JVM flags; more with {@code -Dbenchmark.signal.applicationJvmArgs}, e.g. a flight recording. */
    static final List<String> APPLICATION_JVM = Stream.concat(
                    Stream.of("-Xmx1g"),
                    Stream.of(System.getProperty("benchmark.signal.applicationJvmArgs", "")
                                    .split(" "))
                            .filter(flag -> !flag.isBlank()))
            .toList();

    @Test
    void signalIntakeAgainstItsDatabaseCeiling() throws Exception {
        SignalLoadSettings settings = SignalLoadSettings.fromSystemProperties();
        Pgbench pgbench = Pgbench.onPath();
        String classpath = applicationClasspath();
        RodnikProcess.deleteDataDir(WORK);
        Files.createDirectories(WORK);
        progress("generating %,d families", settings.families());
        SignalBodies bodies = new SignalBodies(settings.seed(), settings.families());
        Map<String, String> loadAverages = new LinkedHashMap<>();
        loadAverages.put("start", loadAverage());

        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(WORK.resolve("pg"))
                .setCleanDataDirectory(true)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("max_connections", "100")
                .setServerConfig("shared_preload_libraries", "pg_stat_statements")
                .setPGStartupWait(Duration.ofSeconds(120))
                .start()) {
            createDatabase(postgres);
            Map<String, String> env = Map.of(
                    "RODNIK_DB_URL",
                    "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE,
                    "RODNIK_DB_USER",
                    "postgres",
                    "RODNIK_DB_PASSWORD",
                    "",
                    "RODNIK_DATA_DIR",
                    WORK.resolve("app").toString());
            progress("starting the application");
            RodnikProcess app = RodnikProcess.startFromClasspath("signal-load", classpath, APPLICATION_JVM, env);
            try (Connection db = postgres.getDatabase("postgres", DATABASE).getConnection()) {
                execute(db, "create extension if not exists pg_stat_statements");
                Meter meter = new Meter(db, app.pid(), postmasterPid());
                HttpLoad load = new HttpLoad(app.baseUrl(), bodies, "bench-" + UUID.randomUUID() + "-");
                int clients = settings.clients();

                progress("warm-up: %d clients for %s", clients, settings.warmUp());
                HttpLoad.Phase warmUp = load.closed("warm-up", clients, settings.warmUp());
                execute(db, "vacuum (analyze)");

                loadAverages.put("closed", loadAverage());
                progress("closed model: %d clients for %s", clients, settings.measure());
                Map<String, Long> before = WriteMix.count(db);
                Measured<HttpLoad.Phase> closed =
                        meter.measure("closed", () -> load.closed("closed", clients, settings.measure()));
                WriteMix closedMix = WriteMix.between(before, WriteMix.count(db));

                Path script = WORK.resolve("signal-equivalent.sql");
                EquivalentTransaction.Facts equivalent = EquivalentTransaction.write(db, closedMix, script);
                pgbench.check(script, postgres.getPort(), DATABASE, WORK);
                loadAverages.put("pgbench", loadAverage());
                progress("pgbench: %d clients for %s", clients, settings.measure());
                Measured<Pgbench.Result> ceiling = meter.measure(
                        "pgbench",
                        () -> pgbench.run(script, postgres.getPort(), DATABASE, clients, settings.measure(), WORK));

                EquivalentTransaction.removeRows(db);

                double atCeiling = settings.loadShare() * ceiling.result().tps();
                loadAverages.put("open, share of pgbench", loadAverage());
                progress("open model: %.1f signals/s for %s", atCeiling, settings.measure());
                Measured<HttpLoad.Phase> openAtCeiling = meter.measure(
                        "open-pgbench-share",
                        () -> load.open(
                                "open, share of pgbench", atCeiling, settings.measure(), settings.openThreads()));

                double atOwn = settings.loadShare() * closed.result().acceptedPerSecond();
                loadAverages.put("open, share of the API", loadAverage());
                progress("open model: %.1f signals/s for %s", atOwn, settings.measure());
                Measured<HttpLoad.Phase> openAtOwn = meter.measure(
                        "open-api-share",
                        () -> load.open("open, share of the API", atOwn, settings.measure(), settings.openThreads()));

                String block = SignalLoadResults.write(new SignalLoadResults.Facts(
                        settings,
                        serverDescription(db),
                        pgbench.version(),
                        loadAverages,
                        warmUp,
                        equivalent,
                        ceiling,
                        closed,
                        closedMix,
                        openAtCeiling,
                        openAtOwn,
                        load.sent()));
                System.out.println(block);
                Files.writeString(RESULTS, block);
            } finally {
                app.stop();
                app.close();
            }
        }
    }

    /** A phase's result with the processor time and database time it took. */
    record Measured<T>(T result, CpuUsage.Split cpu, StatementTime database) {}

    private interface Phase<T> {
        T run() throws Exception;
    }

    /** Measures phases: the application's and the server's processor time, the server's statements. */
    private record Meter(Connection db, long application, long postmaster) {

        <T> Measured<T> measure(String name, Phase<T> phase) throws Exception {
            // What the last phase left in flight (an overloaded open model) finishes before this one is counted.
            Thread.sleep(PAUSE.toMillis());
            StatementTime.reset(db);
            CpuUsage.Sample before = CpuUsage.sample(application, postmaster);
            T result = phase.run();
            CpuUsage.Sample after = CpuUsage.sample(application, postmaster);
            return new Measured<>(
                    result,
                    CpuUsage.between(before, after),
                    StatementTime.of(db, DATABASE, WORK.resolve("statements-" + name + ".tsv")));
        }
    }

    /** The application's classes and runtime libraries: no test classes or test libraries on its class path. */
    private static String applicationClasspath() throws IOException {
        if (!Files.exists(RUNTIME_CLASSPATH)) {
            throw new IllegalStateException(RUNTIME_CLASSPATH + " is missing: run the benchmark through Maven's"
                    + " benchmark profile (mvn -Pbenchmark verify -Dtest=SignalLoadBenchmark), which writes it");
        }
        return Path.of("target/classes").toAbsolutePath()
                + java.io.File.pathSeparator
                + Files.readString(RUNTIME_CLASSPATH).strip();
    }

    private static void createDatabase(EmbeddedPostgres postgres) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            execute(connection, "create database " + DATABASE + " encoding 'UTF8' template template0");
        }
    }

    private static long postmasterPid() throws IOException {
        return Long.parseLong(Files.readAllLines(WORK.resolve("pg").resolve("postmaster.pid"))
                .get(0)
                .strip());
    }

    private static String serverDescription(Connection db) throws SQLException {
        try (Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery("""
                        select version(), string_agg(name || '=' || current_setting(name), ', ' order by name)
                        from pg_settings
                        where name in ('shared_buffers', 'max_wal_size', 'fsync', 'synchronous_commit',
                                       'full_page_writes', 'wal_sync_method', 'max_connections')
                        """)) {
            rows.next();
            return rows.getString(1).replaceAll(" on .*", "") + " (" + rows.getString(2) + ")";
        }
    }

    private static void execute(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Other builds share the machine: the figures are only as good as it was quiet. 1, 5 and 15 minutes. */
    private static String loadAverage() throws IOException {
        return Files.readString(Path.of("/proc/loadavg")).replaceFirst("^(\\S+ \\S+ \\S+).*\\s*$", "$1");
    }

    private static void progress(String format, Object... arguments) {
        System.out.println("[signal benchmark " + LocalTime.now().withNano(0) + "] "
                + String.format(Locale.ROOT, format, arguments));
    }
}
