package ru.rodnik.platform.internal;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The product database when no external server is configured: a real PostgreSQL whose data lives in a directory
 * that survives restarts.
 *
 * <p>zonky's defaults suit tests, not a product: it starts the server with {@code -F} (fsync off) and
 * {@code synchronous_commit=off}. Both are turned back on here, because an acknowledged write must survive a power
 * cut. When the JVM was killed with SIGKILL the postmaster outlives it and keeps its {@code postmaster.pid}; a
 * plain start would then fail, so a leftover server on our data directory is shut down first.
 */
final class EmbeddedPostgresServer implements AutoCloseable {

    static final String DATABASE = "rodnik";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Duration LEFTOVER_STOP_WAIT = Duration.ofSeconds(60);

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static EmbeddedPostgresServer start(Path dataDirectory) {
        Path pgData = dataDirectory.toAbsolutePath().normalize().resolve("pg");
        try {
            Files.createDirectories(pgData);
            stopLeftoverPostmaster(pgData);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(pgData)
                    .setCleanDataDirectory(false)
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("max_connections", "100")
                    .setPGStartupWait(Duration.ofSeconds(120))
                    // Spring closes this bean after the pool and everything that uses it. zonky's own JVM hook
                    // would stop the server in parallel with graceful shutdown and cut off requests in flight.
                    .setRegisterShutdownHook(false)
                    .start();
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres);
            server.createDatabaseIfMissing();
            log.info("Embedded PostgreSQL is up on port {}", postgres.getPort());
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL could not start", e);
        }
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", DATABASE);
    }

    DataSource adminDataSource() {
        return postgres.getPostgresDatabase();
    }

    private void createDatabaseIfMissing() {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE);
            try (var rows = exists.executeQuery()) {
                if (!rows.next()) {
                    try (var create = connection.createStatement()) {
                        create.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database " + DATABASE, e);
        }
    }

    /**
     * A postmaster whose JVM was killed still holds the data directory. Ask it for a fast shutdown (SIGINT: roll back
     * open transactions, write a checkpoint) and wait until it is gone; committed data is kept.
     */
    static void stopLeftoverPostmaster(Path pgData) throws IOException {
        Path pidFile = pgData.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
        Optional<ProcessHandle> postmaster = lines.isEmpty()
                ? Optional.empty()
                : parsePid(lines.get(0)).flatMap(ProcessHandle::of).filter(EmbeddedPostgresServer::isPostgres);
        if (postmaster.isEmpty()) {
            // A stale pid file from a crashed host: PostgreSQL itself removes it when the pid is not alive.
            return;
        }
        long pid = postmaster.get().pid();
        log.warn(
                "A PostgreSQL server left over from an earlier run (pid {}) holds the data directory; stopping it",
                pid);
        try {
            new ProcessBuilder("kill", "-INT", Long.toString(pid))
                    .redirectErrorStream(true)
                    .start()
                    .waitFor();
            long deadline = System.nanoTime() + LEFTOVER_STOP_WAIT.toNanos();
            while (postmaster.get().isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping a leftover PostgreSQL server", e);
        }
        if (postmaster.get().isAlive()) {
            throw new IllegalStateException("A leftover PostgreSQL server (pid " + pid + ") did not stop in time");
        }
    }

    private static Optional<Long> parsePid(String line) {
        try {
            return Optional.of(Long.parseLong(line.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info()
                .command()
                .map(command -> command.contains("postgres"))
                .orElse(true);
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
