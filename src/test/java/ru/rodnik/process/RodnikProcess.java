package ru.rodnik.process;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The packaged application as a separate operating-system process, so that tests can stop it, kill it and start it
 * again exactly as an operator would. Output goes to a file under {@code target/process-logs/}, which keeps the
 * child from blocking on a full pipe and leaves the log for a post-mortem after a failed build.
 *
 * <p>Process tests start the jar that {@code mvn package} built; benchmarks, which run before packaging, start the
 * application from its classes and runtime class path instead ({@link #startFromClasspath}).
 */
public final class RodnikProcess implements AutoCloseable {

    // The machine is shared with other builds (two cores): a cold start of the jar, with initdb, can be slow.
    static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(180);
    static final Duration STOP_TIMEOUT = Duration.ofSeconds(90);

    static final Path TARGET = Path.of("target").toAbsolutePath();
    static final Path LOGS = TARGET.resolve("process-logs");

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final Set<Integer> HANDED_OUT_PORTS = new HashSet<>();
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final List<String> JVM_FLAGS = List.of("-Xmx512m", "-XX:TieredStopAtLevel=1");
    private static final String MAIN_CLASS = "ru.rodnik.RodnikApplication";

    private final String name;
    private final int port;
    private final Process process;
    private final Path log;

    private RodnikProcess(String name, int port, Process process, Path log) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    /** Starts the jar and waits until it reports healthy. */
    static RodnikProcess start(String name, Map<String, String> environment) {
        return healthy(launch(name, environment));
    }

    private static RodnikProcess healthy(RodnikProcess started) {
        try {
            started.awaitHealthy();
        } catch (RuntimeException | Error e) {
            started.close();
            throw e;
        }
        return started;
    }

    /**
     * Starts the jar without waiting for it, e.g. to start several nodes at once or to watch one refuse to start.
     * Settings come only from {@code environment} (plus a free {@code SERVER_PORT} unless given): Rodnik's own
     * variables in the developer's shell would otherwise leak into the test and point it at another database.
     */
    static RodnikProcess launch(String name, Map<String, String> environment) {
        List<String> arguments = new ArrayList<>(JVM_FLAGS);
        arguments.add("-jar");
        arguments.add(jar().toString());
        return launch(name, arguments, environment);
    }

    /**
     * Starts the application from a class path (its classes and runtime dependencies, no test classes) with the given
     * JVM flags, and waits until it reports healthy. Environment as for {@link #launch(String, Map)}.
     */
    public static RodnikProcess startFromClasspath(
            String name, String classpath, List<String> jvmFlags, Map<String, String> environment) {
        List<String> arguments = new ArrayList<>(jvmFlags);
        arguments.add("-cp");
        arguments.add(classpath);
        arguments.add(MAIN_CLASS);
        return healthy(launch(name, arguments, environment));
    }

    private static RodnikProcess launch(String name, List<String> javaArguments, Map<String, String> environment) {
        int port =
                environment.containsKey("SERVER_PORT") ? Integer.parseInt(environment.get("SERVER_PORT")) : freePort();
        Path log = LOGS.resolve(
                name + "-" + LocalDateTime.now().format(STAMP) + "-" + SEQUENCE.incrementAndGet() + ".log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(javaArguments);
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(TARGET.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = builder.environment();
        env.keySet()
                .removeIf(key ->
                        key.startsWith("RODNIK_") || key.equals("SPRING_PROFILES_ACTIVE") || key.equals("SERVER_PORT"));
        env.putAll(environment);
        env.put("SERVER_PORT", Integer.toString(port));
        try {
            Files.createDirectories(LOGS);
            return new RodnikProcess(name, port, builder.start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + name, e);
        }
    }

    int port() {
        return port;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public long pid() {
        return process.pid();
    }

    Path log() {
        return log;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    void awaitHealthy() {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
                .timeout(Duration.ofSeconds(5))
                .GET()
                .build();
        long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
        int lastStatus = -1;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                fail(name + " exited with code " + process.exitValue() + " before it was healthy\n" + logTail());
            }
            try {
                lastStatus = http.send(health, HttpResponse.BodyHandlers.discarding())
                        .statusCode();
                if (lastStatus == 200) {
                    return;
                }
            } catch (ConnectException | HttpTimeoutException e) {
                // Not listening yet, or too busy starting to answer.
            } catch (IOException e) {
                // A connection cut while the server comes up; try again.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(Duration.ofMillis(500));
        }
        fail(name + " was not healthy after " + STARTUP_TIMEOUT.toSeconds() + " s (last status " + lastStatus + ")\n"
                + logTail());
    }

    /** SIGTERM, as a service manager stops the application; answers the exit code. */
    public int stop() {
        process.destroy();
        OptionalInt code = awaitExit(STOP_TIMEOUT);
        if (code.isEmpty()) {
            fail(name + " did not stop within " + STOP_TIMEOUT.toSeconds() + " s of SIGTERM\n" + logTail());
        }
        return code.getAsInt();
    }

    /** SIGKILL to the application's JVM only, as the kernel's OOM killer or a power cut would leave things. */
    void kill() {
        process.destroyForcibly();
        if (awaitExit(STOP_TIMEOUT).isEmpty()) {
            fail(name + " survived SIGKILL");
        }
    }

    OptionalInt awaitExit(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    ? OptionalInt.of(process.exitValue())
                    : OptionalInt.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String logText() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String logTail() {
        List<String> lines = logText().lines().toList();
        return "--- last lines of " + log + " ---\n"
                + String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
    }

    /**
     * What a test sees of a failure (a refused connection, a wrong page) rarely names its cause; the server's log
     * usually does.
     */
    static AssertionError withLogTails(Throwable failure, RodnikProcess... processes) {
        StringBuilder message = new StringBuilder(String.valueOf(failure.getMessage()));
        for (RodnikProcess process : processes) {
            if (process != null && !message.toString().contains(process.log.toString())) {
                message.append('\n').append(process).append('\n').append(process.logTail());
            }
        }
        return new AssertionError(message.toString(), failure);
    }

    /** Kills whatever is left, for finally blocks; never fails, so that it cannot hide the test's own failure. */
    @Override
    public void close() {
        if (process.isAlive()) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            awaitExit(STOP_TIMEOUT);
        }
    }

    /**
     * The PostgreSQL server that the embedded database of {@code dataDir} has running, if any. Only a process that
     * is a postgres binary counts: after a reboot the pid in a stale pid file may belong to anything.
     */
    static Optional<ProcessHandle> postmaster(Path dataDir) {
        Path pidFile = dataDir.resolve("pg").resolve("postmaster.pid");
        List<String> lines;
        try {
            lines = Files.exists(pidFile) ? Files.readAllLines(pidFile, StandardCharsets.US_ASCII) : List.of();
        } catch (IOException e) {
            // Removed by a postmaster shutting down while we read it.
            return Optional.empty();
        }
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        try {
            return ProcessHandle.of(Long.parseLong(lines.get(0).trim()))
                    .filter(process -> process.info()
                            .command()
                            .map(c -> c.contains("postgres"))
                            .orElse(false));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Stops a postmaster that an application killed in a test left behind, so that the build leaves no servers
     * running. SIGTERM lets it close its own backends; SIGKILL only if it ignores that.
     */
    static void stopPostmaster(Path dataDir) {
        postmaster(dataDir).ifPresent(postmaster -> {
            postmaster.destroy();
            try {
                postmaster.onExit().get(60, TimeUnit.SECONDS);
            } catch (Exception e) {
                postmaster.descendants().forEach(ProcessHandle::destroyForcibly);
                postmaster.destroyForcibly();
            }
        });
    }

    /**
     * A port nobody listens on. Nodes launched together have not bound theirs yet when the next one asks, so the
     * ports already handed out are remembered: the system could offer the same one twice.
     */
    static synchronized int freePort() {
        for (int attempt = 0; attempt < 20; attempt++) {
            try (ServerSocket socket = new ServerSocket(0)) {
                if (HANDED_OUT_PORTS.add(socket.getLocalPort())) {
                    return socket.getLocalPort();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new IllegalStateException("No free port found");
    }

    /** Under target/, so that {@code mvn clean} removes whatever a failed run could not. */
    static Path newDataDir(String prefix) {
        try {
            Path parent = TARGET.resolve("process-data");
            Files.createDirectories(parent);
            return Files.createTempDirectory(parent, prefix + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Data directories hold a whole PostgreSQL cluster; kept after every run they would fill the disk. */
    public static void deleteDataDir(Path dataDir) {
        if (!Files.exists(dataDir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dataDir)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // Left for mvn clean.
        }
    }

    private static Path jar() {
        String property = System.getProperty("rodnik.jar");
        if (property == null || property.isBlank()) {
            fail("System property rodnik.jar is not set: run process tests through failsafe after `mvn package`");
        }
        Path jar = Path.of(property).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            fail("The packaged application " + jar + " does not exist: run `mvn package` first");
        }
        return jar;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return name + " (pid " + process.pid() + ", port " + port + ")";
    }
}
