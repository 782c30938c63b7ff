package ru.rodnik.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The intake's promise under a crash: a signal the API acknowledged is stored, and stored once. Clients report
 * signals, each under its own {@code Idempotency-Key}, and retry whatever went unanswered (a refused or cut connection,
 * a timeout, a 5xx) until they get 200 or 201. Midway, with requests in flight, the application's JVM is killed with
 * SIGKILL, as the OOM killer or a power cut would leave it; it is started again on the same data and port, and the
 * clients finish. A request that committed but whose answer was lost is retried, and its retry must find the signal
 * the first attempt stored instead of storing a second one.
 */
class SignalCrashIT {

    private static final int SIGNALS = 300;
    private static final int CLIENTS = 4;
    private static final int KILL_AFTER_ACKNOWLEDGED = 50;
    private static final int FAMILIES = 150;
    /** How long a client keeps retrying one signal: longer than a restart takes on a busy machine. */
    private static final Duration GIVE_UP_AFTER = RodnikProcess.STARTUP_TIMEOUT.plusSeconds(60);

    private static final String TOKEN = "Bearer demo-token-school";
    private static final String NOVOSIBIRSK = "50701000";
    private static final List<String> INDICATORS =
            List.of("SCHOOL_ABSENCE_LONG", "CHILD_NEGLECT_SIGNS", "CHILD_HUNGRY", "SCHOOL_ABSENCE_FREQUENT");
    private static final List<String> SURNAMES = List.of(
            "Иванов",
            "Смирнов",
            "Кузнецов",
            "Попов",
            "Васильев",
            "Петров",
            "Соколов",
            "Михайлов",
            "Новиков",
            "Фёдоров",
            "Морозов",
            "Волков",
            "Алексеев",
            "Лебедев",
            "Семёнов",
            "Егоров",
            "Павлов",
            "Козлов",
            "Степанов",
            "Николаев");
    private static final List<String> BOYS = List.of("Пётр", "Иван", "Артём", "Максим", "Дмитрий");
    private static final List<String> MOTHERS = List.of("Мария", "Анна", "Елена", "Ольга", "Татьяна");

    private static final Path DATA_DIR = RodnikProcess.newDataDir("signal-crash");

    private final String keyPrefix = "crash-" + UUID.randomUUID() + "-";
    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    private final Map<String, Receipt> acknowledged = new ConcurrentHashMap<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger failedAttempts = new AtomicInteger();

    private RodnikProcess app;

    /** What the application answered for one key in the end. */
    private record Receipt(UUID id, int status, int attempts) {}

    @AfterAll
    static void leaveNoServerBehind() {
        RodnikProcess.stopPostmaster(DATA_DIR);
        RodnikProcess.deleteDataDir(DATA_DIR);
    }

    @Test
    void everyAcknowledgedSignalIsStoredExactlyOnceAfterTheJvmIsKilledMidStream() throws Exception {
        Map<String, String> env = Map.of(
                "RODNIK_DATA_DIR", DATA_DIR.toString(),
                "SERVER_PORT", Integer.toString(RodnikProcess.freePort()),
                // Only this test's signals in the database: the checks below count them all.
                "RODNIK_DEMO_SIGNALS", "false");
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            app = RodnikProcess.start("signal-crash-1", env);
            URI signals = URI.create(app.baseUrl() + "/api/v1/signals");
            AtomicInteger next = new AtomicInteger();
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                running.add(clients.submit(() -> {
                    for (int i = next.getAndIncrement(); i < SIGNALS; i = next.getAndIncrement()) {
                        String key = keyPrefix + i;
                        acknowledged.put(key, report(signals, key, body(i)));
                    }
                    return null;
                }));
            }

            awaitMidStream(running);
            int acknowledgedAtKill = acknowledged.size();
            int inFlightAtKill = inFlight.get();
            app.kill();
            app = RodnikProcess.start("signal-crash-2", env);
            for (Future<?> client : running) {
                finished(client);
            }

            assertThat(acknowledgedAtKill)
                    .as("signals acknowledged when the JVM was killed")
                    .isBetween(KILL_AFTER_ACKNOWLEDGED, SIGNALS - 1);
            assertThat(inFlightAtKill).as("requests in flight at the kill").isPositive();
            assertThat(failedAttempts.get())
                    .as("attempts the clients had to retry")
                    .isPositive();
            assertThat(acknowledged).as("signals acknowledged in the end").hasSize(SIGNALS);
            System.out.printf(
                    "signal crash test: killed with %d acknowledged and %d in flight; %d attempts retried;"
                            + " %d keys answered 200 (a retry found the stored signal)%n",
                    acknowledgedAtKill,
                    inFlightAtKill,
                    failedAttempts.get(),
                    acknowledged.values().stream()
                            .filter(r -> r.status() == 200)
                            .count());

            assertStoredExactlyOnce();
            app.stop();
        } catch (AssertionError | RuntimeException e) {
            throw RodnikProcess.withLogTails(e, app);
        } finally {
            clients.shutdownNow();
            if (app != null) {
                app.close();
            }
            RodnikProcess.stopPostmaster(DATA_DIR);
        }
    }

    /** Waits until enough signals are acknowledged and at least one request is on its way. */
    private void awaitMidStream(List<Future<?>> clients) throws InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + GIVE_UP_AFTER.toNanos();
        while (acknowledged.size() < KILL_AFTER_ACKNOWLEDGED || inFlight.get() == 0) {
            for (Future<?> client : clients) {
                if (client.isDone()) {
                    // A client that stopped before the kill failed: its exception says why.
                    finished(client);
                }
            }
            if (System.nanoTime() > deadline) {
                throw new TimeoutException(acknowledged.size() + " signals acknowledged before the kill");
            }
            Thread.sleep(2);
        }
    }

    /** Waits for a client; its failure (an unexpected answer, a signal never acknowledged) becomes the test's. */
    private static void finished(Future<?> client) throws InterruptedException, TimeoutException {
        try {
            client.get(GIVE_UP_AFTER.toSeconds() * 2, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof AssertionError failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * Sends one signal until the application acknowledges it. A refused, cut or timed-out connection and a 5xx are
     * retried with the same key after a growing pause; any other answer is a failure of the test.
     */
    private Receipt report(URI signals, String key, String body) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(signals)
                .timeout(Duration.ofSeconds(15))
                .header("Authorization", TOKEN)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        long deadline = System.nanoTime() + GIVE_UP_AFTER.toNanos();
        long pauseMillis = 50;
        for (int attempt = 1; ; attempt++) {
            inFlight.incrementAndGet();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                if (status == 200 || status == 201) {
                    UUID id = UUID.fromString(
                            json.readTree(response.body()).get("id").asString());
                    return new Receipt(id, status, attempt);
                }
                if (status < 500) {
                    throw new AssertionError("signal " + key + " answered " + status + ": " + response.body());
                }
            } catch (IOException e) {
                // Refused while the application is down, cut by the kill, or timed out: all worth a retry.
            } finally {
                inFlight.decrementAndGet();
            }
            failedAttempts.incrementAndGet();
            if (System.nanoTime() > deadline) {
                throw new AssertionError("signal " + key + " not acknowledged after " + attempt + " attempts");
            }
            Thread.sleep(pauseMillis + ThreadLocalRandom.current().nextLong(pauseMillis));
            pauseMillis = Math.min(pauseMillis * 2, 1_000);
        }
    }

    /**
     * A report about one of {@value #FAMILIES} families: the first signals create the persons, the later ones about
     * the same families link to them.
     */
    private String body(int index) {
        int family = index % FAMILIES;
        String surname = SURNAMES.get(family % SURNAMES.size());
        ObjectNode report = json.createObjectNode();
        report.put("urgency", "STANDARD");
        report.putArray("indicators")
                .add(INDICATORS.get(index % INDICATORS.size()))
                .add(INDICATORS.get((index + 1) % INDICATORS.size()));
        report.put("description", "Сигнал проверки устойчивости к сбою № " + index + ".");
        ArrayNode subjects = report.putArray("subjects");
        subjects.addObject()
                .put("role", "CHILD")
                .put("lastName", surname)
                .put("firstName", BOYS.get(family / SURNAMES.size() % BOYS.size()))
                .put(
                        "birthDate",
                        LocalDate.of(2012, 1, 1).plusDays(family * 17L).toString())
                .put("sex", "M");
        subjects.addObject()
                .put("role", "MOTHER")
                .put("lastName", surname + "а")
                .put("firstName", MOTHERS.get(family / SURNAMES.size() % MOTHERS.size()))
                .put(
                        "birthDate",
                        LocalDate.of(1984, 1, 1).plusDays(family * 23L).toString())
                .put("sex", "F");
        report.putObject("address")
                .put("text", "г. Новосибирск, ул. Лесная, д. " + (family + 1))
                .put("territoryCode", NOVOSIBIRSK);
        return report.toString();
    }

    /**
     * Reads the database directly: one row per acknowledged key with the id the client was given, nothing else from
     * the organisation, and every signal whole (its indicators, its subjects with their linkage decisions, its audit
     * record), as one transaction wrote them.
     */
    private void assertStoredExactlyOnce() throws SQLException, IOException {
        try (Connection db = DriverManager.getConnection(jdbcUrl(), "postgres", "")) {
            Map<String, List<UUID>> stored = new HashMap<>();
            UUID organisation = null;
            try (PreparedStatement query = db.prepareStatement(
                    "select idempotency_key, id, organisation_id from signal where idempotency_key like ?")) {
                query.setString(1, keyPrefix + "%");
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        stored.computeIfAbsent(rows.getString(1), k -> new ArrayList<>())
                                .add(rows.getObject(2, UUID.class));
                        organisation = rows.getObject(3, UUID.class);
                    }
                }
            }
            assertThat(stored.entrySet())
                    .as("keys stored more than once")
                    .filteredOn(e -> e.getValue().size() > 1)
                    .isEmpty();
            Map<String, UUID> storedIds = new HashMap<>();
            stored.forEach((key, ids) -> storedIds.put(key, ids.get(0)));
            Map<String, UUID> acknowledgedIds = new HashMap<>();
            acknowledged.forEach((key, receipt) -> acknowledgedIds.put(key, receipt.id()));
            assertThat(storedIds).as("stored key -> id").isEqualTo(acknowledgedIds);

            assertThat(count(db, "select count(*) from signal where organisation_id = ?", organisation))
                    .as("signals of the reporting organisation")
                    .isEqualTo(SIGNALS);
            assertThat(count(db, "select count(*) from signal")).as("signals").isEqualTo(SIGNALS);
            assertThat(count(db, """
                            select count(*) from signal s
                            where (select count(*) from signal_indicator i where i.signal_id = s.id) <> 2
                               or (select count(*) from signal_subject j where j.signal_id = s.id) <> 2
                            """))
                    .as("signals without both indicators and both subjects")
                    .isZero();
            assertThat(count(db, """
                            select count(*) from signal_subject j
                            where not exists (select 1 from match_decision m
                                              where m.id = j.decision_id and m.source_ref = j.signal_id || '#' || j.position)
                            """))
                    .as("subjects without their linkage decision")
                    .isZero();
            assertThat(count(db, "select count(*) from match_decision where source = 'SIGNAL'"))
                    .as("linkage decisions about signal subjects")
                    .isEqualTo(2L * SIGNALS);
            assertThat(count(db, """
                            select count(*) from audit_event a
                            where a.action = 'CREATE' and a.subject_type = 'SIGNAL'
                              and exists (select 1 from signal s where s.id::text = a.subject_id)
                            """)).as("audit records of stored signals").isEqualTo(SIGNALS);
            assertThat(count(
                            db, "select count(*) from audit_event where action = 'CREATE' and subject_type = 'SIGNAL'"))
                    .as("audit records of signals, stored or not")
                    .isEqualTo(SIGNALS);
        }
    }

    private static long count(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** The embedded server's port is the fourth line of its {@code postmaster.pid}. */
    private static String jdbcUrl() throws IOException {
        List<String> pidFile = Files.readAllLines(DATA_DIR.resolve("pg").resolve("postmaster.pid"));
        return "jdbc:postgresql://localhost:" + pidFile.get(3).trim() + "/rodnik";
    }
}
