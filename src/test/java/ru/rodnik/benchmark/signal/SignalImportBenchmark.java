package ru.rodnik.benchmark.signal;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;
import ru.rodnik.process.RodnikProcess;
import ru.rodnik.support.MultipartBody;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bulk-import benchmark of the intake issue, run with {@code mvn -Pbenchmark verify -Dtest=SignalImportBenchmark}
 * and never by the normal build: the time {@code POST /api/v1/signals/import} takes for a CSV file of 100,000 signals,
 * and for the same file again (which must add nothing). It asserts only that the import did what it says (every row
 * accepted once, none on the second upload), nothing about speed; it prints one results block, also written to
 * {@code target/signal-import-benchmark.txt}, for {@code docs/benchmarks.md}.
 *
 * <p>The rows are the load benchmark's signals ({@link SignalBodies}: two persons of a generated family each, every
 * other row the first about its family, the others another agency's noisy version of a family reported before), all
 * from the demo school's token, each with an {@code externalId} of its own. The application runs on the same stack as
 * the load benchmark ({@link BenchmarkStack}) with its row and size limits raised for the file. A smaller file of
 * other rows warms it up first.
 */
class SignalImportBenchmark {

    private static final String NAME = "import benchmark";
    private static final Path WORK = Path.of("target/signal-import-benchmark").toAbsolutePath();
    private static final Path RESULTS = Path.of("target/signal-import-benchmark.txt");
    private static final String TOKEN = "Bearer demo-token-school";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final int ROWS = Integer.getInteger("benchmark.import.rows", 100_000);
    private static final int WARM_UP_ROWS = Integer.getInteger("benchmark.import.warmUpRows", 2_000);
    private static final long SEED = Long.getLong("benchmark.import.seed", 626_262L);

    /** What one upload did and took. */
    record Upload(
            String name,
            int rows,
            long bytes,
            JsonNode answer,
            CpuUsage.Split cpu,
            Duration listenersAfter,
            String loadAverageBefore) {

        int count(String field) {
            return answer.get(field).asInt();
        }

        double rowsPerSecond() {
            return rows / cpu.wall();
        }
    }

    @Test
    void importsAHundredThousandRows() throws Exception {
        RodnikProcess.deleteDataDir(WORK);
        Files.createDirectories(WORK);
        // Each family gets two rows (its first signal and a later one), so the mix matches the load benchmark's.
        SignalBodies bodies = new SignalBodies(SEED, (ROWS + WARM_UP_ROWS) / 2 + 1);
        Path file = WORK.resolve("signals.csv");
        Path warmUpFile = WORK.resolve("warm-up.csv");
        writeCsv(bodies, 0, ROWS, "import-", file);
        writeCsv(bodies, ROWS, WARM_UP_ROWS, "warm-up-", warmUpFile);
        Map<String, String> limits = Map.of(
                "rodnik.intake.import.max-rows", Integer.toString(ROWS + 1),
                "rodnik.intake.import.max-file-size", "500MB",
                "spring.servlet.multipart.max-file-size", "500MB",
                "spring.servlet.multipart.max-request-size", "500MB");
        List<String> jvm = new ArrayList<>(BenchmarkStack.flagsOf("benchmark.import.applicationJvmArgs"));
        limits.forEach((name, value) -> jvm.add("-D" + name + "=" + value));

        try (BenchmarkStack stack = BenchmarkStack.start(NAME, WORK, jvm)) {
            Connection db = stack.db();
            long application = stack.applicationPid();
            long postmaster = stack.postmasterPid();
            HttpClient http = HttpClient.newHttpClient();

            stack.progress("warm-up: %,d rows", WARM_UP_ROWS);
            Upload warmUp = upload(http, stack, "warm-up", warmUpFile, WARM_UP_ROWS, application, postmaster);
            BenchmarkStack.execute(db, "vacuum (analyze)");

            stack.progress("import: %,d rows, %,d bytes", ROWS, Files.size(file));
            Upload first = upload(http, stack, "first upload", file, ROWS, application, postmaster);
            long stored = count(db, "select count(*) from signal where external_id like 'import-%'");
            Map<String, Long> outcomes = outcomes(db);

            stack.progress("the same file again");
            Upload again = upload(http, stack, "same file again", file, ROWS, application, postmaster);
            long storedAfter = count(db, "select count(*) from signal where external_id like 'import-%'");

            String block = results(stack.serverDescription(), jvm, bodies, warmUp, first, again, stored, outcomes);
            System.out.println(block);
            Files.writeString(RESULTS, block);

            if (first.count("accepted") != ROWS || stored != ROWS) {
                throw new AssertionError("the first upload stored " + stored + " of " + ROWS + " rows");
            }
            if (again.count("accepted") != 0 || again.count("alreadyKnown") != ROWS || storedAfter != stored) {
                throw new AssertionError("the second upload of the same file added signals");
            }
        }
    }

    /** Rows {@code from} to {@code from + rows} of the signals as CSV in the template's columns (UTF-8, {@code ;}). */
    private static void writeCsv(SignalBodies bodies, int from, int rows, String idPrefix, Path file)
            throws IOException {
        List<String> header = new ArrayList<>(List.of(
                "externalId",
                "urgency",
                "indicators",
                "description",
                "territoryCode",
                "addressText",
                "contactName",
                "contactPhone"));
        List<String> fields =
                List.of("role", "lastName", "firstName", "patronymic", "birthDate", "sex", "snils", "birthCertificate");
        for (int subject = 1; subject <= 2; subject++) {
            for (String field : fields) {
                header.add("subject" + subject + "_" + field);
            }
        }
        try (Writer out = Files.newBufferedWriter(file, UTF_8);
                CSVPrinter csv = CSVFormat.DEFAULT
                        .builder()
                        .setDelimiter(';')
                        .setHeader(header.toArray(String[]::new))
                        .get()
                        .print(out)) {
            for (int index = from; index < from + rows; index++) {
                JsonNode body = JSON.readTree(bodies.body(index));
                List<String> row = new ArrayList<>();
                row.add(idPrefix + index);
                row.add(text(body, "urgency"));
                List<String> indicators = new ArrayList<>();
                body.get("indicators").forEach(code -> indicators.add(code.asString()));
                row.add(String.join(";", indicators));
                row.add(text(body, "description"));
                row.add(text(body.get("address"), "territoryCode"));
                row.add(text(body.get("address"), "text"));
                row.add(text(body.get("contact"), "name"));
                row.add(text(body.get("contact"), "phone"));
                for (int subject = 0; subject < 2; subject++) {
                    JsonNode person = body.get("subjects").get(subject);
                    for (String field : fields) {
                        row.add(text(person, field));
                    }
                }
                csv.printRecord(row);
            }
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? "" : value.asString();
    }

    private static Upload upload(
            HttpClient http, BenchmarkStack stack, String name, Path file, int rows, long application, long postmaster)
            throws IOException, InterruptedException, SQLException {
        MultipartBody body =
                new MultipartBody().file("file", file.getFileName().toString(), "text/csv", Files.readAllBytes(file));
        HttpRequest request = HttpRequest.newBuilder(URI.create(stack.baseUrl() + "/api/v1/signals/import"))
                .header("Authorization", TOKEN)
                .header("Content-Type", body.contentType())
                .timeout(Duration.ofHours(3))
                .POST(body.publisher())
                .build();
        String loadAverage = BenchmarkStack.loadAverage();
        CpuUsage.Sample before = CpuUsage.sample(application, postmaster);
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(UTF_8));
        CpuUsage.Split cpu = CpuUsage.between(before, CpuUsage.sample(application, postmaster));
        // Early warning scores the families after each row's commit; its backlog is part of what the import cost.
        Duration listeners = stack.awaitListeners();
        if (response.statusCode() != 200 && response.statusCode() != 201) {
            throw new IllegalStateException(name + " answered " + response.statusCode() + ": "
                    + response.body()
                            .substring(0, Math.min(2_000, response.body().length())));
        }
        return new Upload(name, rows, Files.size(file), JSON.readTree(response.body()), cpu, listeners, loadAverage);
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql);
                ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** How linkage decided about the subjects of the imported signals. */
    private static Map<String, Long> outcomes(Connection db) throws SQLException {
        Map<String, Long> outcomes = new LinkedHashMap<>();
        try (PreparedStatement query = db.prepareStatement("""
                        select ss.link_status, count(*) from signal_subject ss join signal s on s.id = ss.signal_id
                        where s.external_id like 'import-%' group by ss.link_status order by ss.link_status""");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                outcomes.put(rows.getString(1), rows.getLong(2));
            }
        }
        return outcomes;
    }

    private static String results(
            String server,
            List<String> jvm,
            SignalBodies bodies,
            Upload warmUp,
            Upload first,
            Upload again,
            long stored,
            Map<String, Long> outcomes) {
        StringBuilder out = new StringBuilder();
        line(out, "=== Rodnik signal-import benchmark ===");
        line(
                out,
                "machine: %d processors, %s %s; application JVM flags %s",
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"),
                System.getProperty("java.vm.version"),
                String.join(" ", BenchmarkStack.applicationJvm(jvm)));
        line(out, "server: %s", server);
        line(
                out,
                "file: CSV (UTF-8, ';'), %,d rows, %.1f MiB; 2 persons a row from %,d generated families (seed %d)",
                first.rows(),
                first.bytes() / 1048576.0,
                bodies.families(),
                SEED);
        line(out, "");
        line(out, "| measure | value |");
        line(out, "|---|---|");
        for (Upload upload : List.of(warmUp, first, again)) {
            CpuUsage.Split cpu = upload.cpu();
            line(
                    out,
                    "| %s (%,d rows; load average %s before) | **%.1f s, %,.0f rows/s**; accepted %,d, already known %,d,"
                            + " rejected %,d; early warning done %.1f s after the answer. CPU per row until the"
                            + " answer: application %.2f ms, PostgreSQL %.2f ms, other processes %.2f ms; machine"
                            + " busy %.0f %% |",
                    upload.name(),
                    upload.rows(),
                    upload.loadAverageBefore(),
                    cpu.wall(),
                    upload.rowsPerSecond(),
                    upload.count("accepted"),
                    upload.count("alreadyKnown"),
                    upload.count("rejected"),
                    upload.listenersAfter().toMillis() / 1000.0,
                    1000 * cpu.application() / upload.rows(),
                    1000 * cpu.postgres() / upload.rows(),
                    1000 * (cpu.others() + cpu.generator()) / upload.rows(),
                    100 * cpu.busyShare());
        }
        line(out, "| signals stored by the first upload | %,d |", stored);
        line(out, "| subjects of the imported signals, by linkage outcome | %s |", outcomes);
        return out.toString();
    }

    private static void line(StringBuilder out, String format, Object... arguments) {
        out.append(String.format(Locale.ROOT, format, arguments)).append('\n');
    }
}
