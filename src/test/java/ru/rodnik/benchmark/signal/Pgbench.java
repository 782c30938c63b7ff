package ru.rodnik.benchmark.signal;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * PostgreSQL's own load tool, for the ceiling: the rate at which the server alone commits the transaction that stands
 * for one signal ({@link EquivalentTransaction}), with the same number of clients as the HTTP load and the extended
 * protocol with prepared statements, as the application's JDBC driver uses them. Every transaction's latency comes
 * from pgbench's per-transaction log.
 */
final class Pgbench {

    /** @param firstMinute the latencies of the transactions started (or scheduled) in the run's first minute */
    record Result(
            double tps,
            long transactions,
            Latencies.Summary latencies,
            Latencies.Summary firstMinute,
            String version) {}

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");
    private static final Pattern PROCESSED = Pattern.compile("number of transactions actually processed: (\\d+)");

    private final Path executable;

    private Pgbench(Path executable) {
        this.executable = executable;
    }

    /** pgbench from {@code PATH}; the benchmark cannot give its ceiling without it. */
    static Pgbench onPath() {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String directory : path.split(File.pathSeparator)) {
            Path candidate = Path.of(directory, "pgbench");
            if (!directory.isEmpty() && Files.isExecutable(candidate)) {
                return new Pgbench(candidate);
            }
        }
        throw new IllegalStateException("pgbench is not on PATH (" + path + "). The signal-intake benchmark compares"
                + " the API with pgbench on the same server: install PostgreSQL's client programs (Debian/Ubuntu:"
                + " apt-get install postgresql-client) and run it again.");
    }

    String version() throws IOException, InterruptedException {
        Process process = new ProcessBuilder(executable.toString(), "--version")
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes()).strip();
        process.waitFor();
        return output;
    }

    /** Checks the script with a few transactions of one client, so that a broken script fails fast. */
    void check(Path script, int port, String database, Path workDirectory) throws IOException, InterruptedException {
        run(script, port, database, List.of("-c", "1", "-t", "3"), workDirectory.resolve("pgbench-check.txt"));
    }

    /** The closed model: each client starts its next transaction when the last one ended, as fast as it can. */
    Result run(Path script, int port, String database, int clients, Duration duration, Path workDirectory)
            throws IOException, InterruptedException {
        return measure(script, port, database, clients, duration, List.of(), "pgbench", workDirectory);
    }

    /**
     * The open model: transactions are scheduled at {@code perSecond} (Poisson arrivals, as pgbench's {@code --rate}
     * does), whether or not the last ones have ended; a latency counts from its scheduled start, so a stall delays
     * the transactions behind it, as it delays the HTTP requests of the open-model load.
     */
    Result runAt(
            Path script,
            int port,
            String database,
            int clients,
            double perSecond,
            Duration duration,
            Path workDirectory)
            throws IOException, InterruptedException {
        return measure(
                script,
                port,
                database,
                clients,
                duration,
                List.of("-R", String.format(Locale.ROOT, "%.1f", perSecond)),
                "pgbench-open",
                workDirectory);
    }

    private Result measure(
            Path script,
            int port,
            String database,
            int clients,
            Duration duration,
            List<String> more,
            String name,
            Path workDirectory)
            throws IOException, InterruptedException {
        String logPrefix = name + "-transactions";
        List<String> options = new ArrayList<>(List.of(
                "-c",
                Integer.toString(clients),
                "-j",
                Integer.toString(Math.min(clients, Runtime.getRuntime().availableProcessors())),
                "-T",
                Long.toString(duration.toSeconds()),
                "-l",
                "--log-prefix=" + workDirectory.resolve(logPrefix)));
        options.addAll(more);
        String output = run(script, port, database, options, workDirectory.resolve(name + "-output.txt"));
        // client_id transaction_no time(µs) script_no epoch µs [schedule lag]: the epoch and µs say when the
        // transaction ended; with a rate, the time counts from the scheduled start and so already holds the lag.
        List<long[]> startAndLatency = new ArrayList<>();
        try (Stream<Path> logs = Files.list(workDirectory)) {
            for (Path log : logs.filter(p -> p.getFileName().toString().startsWith(logPrefix + "."))
                    .toList()) {
                try (Stream<String> lines = Files.lines(log)) {
                    lines.map(line -> line.split(" "))
                            .filter(fields -> fields.length > 5
                                    && Stream.of(fields[2], fields[4], fields[5])
                                            .allMatch(field -> field.chars().allMatch(Character::isDigit)))
                            .forEach(fields -> {
                                long latency = Long.parseLong(fields[2]);
                                long end = Long.parseLong(fields[4]) * 1_000_000 + Long.parseLong(fields[5]);
                                startAndLatency.add(new long[] {end - latency, latency});
                            });
                }
            }
        }
        long first = startAndLatency.stream().mapToLong(t -> t[0]).min().orElse(0);
        Latencies latencies = new Latencies();
        startAndLatency.forEach(t -> latencies.add((int) ((t[0] - first) / 1_000_000), t[1] * 1_000));
        return new Result(
                Double.parseDouble(group(TPS, output)),
                Long.parseLong(group(PROCESSED, output)),
                latencies.summary(),
                latencies.summaryOfFirst(60),
                version());
    }

    private String run(Path script, int port, String database, List<String> options, Path outputFile)
            throws IOException, InterruptedException {
        List<String> command = Stream.concat(
                        Stream.of(executable.toString(), "-n", "-M", "prepared", "-f", script.toString()),
                        Stream.concat(
                                options.stream(),
                                Stream.of("-h", "localhost", "-p", Integer.toString(port), "-U", "postgres", database)))
                .toList();
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(outputFile.toFile());
        // Server settings for pgbench's sessions only, e.g. to see the plans of its slow statements:
        // -Dbenchmark.signal.pgbenchOptions="-c session_preload_libraries=auto_explain -c
        // auto_explain.log_min_duration=2"
        String sessionOptions = System.getProperty("benchmark.signal.pgbenchOptions", "");
        if (!sessionOptions.isBlank()) {
            builder.environment().put("PGOPTIONS", sessionOptions);
        }
        Process process = builder.start();
        int exit = process.waitFor();
        String output = Files.readString(outputFile);
        if (exit != 0) {
            throw new IllegalStateException(
                    "pgbench exited with " + exit + ": " + String.join(" ", command) + "\n" + output);
        }
        return output;
    }

    private static String group(Pattern pattern, String output) {
        Matcher matcher = pattern.matcher(output);
        if (!matcher.find()) {
            throw new IllegalStateException("pgbench's output has no " + pattern + ":\n" + output);
        }
        return matcher.group(1);
    }
}
