package ru.rodnik.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.rodnik.support.ProblemResponses.assertProblem;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.rodnik.support.RodnikIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

@RodnikIntegrationTest
class SignalApiIntegrationTest {

    private static final String SCHOOL = "Bearer demo-token-school";
    private static final String CLINIC = "Bearer demo-token-clinic";
    private static final String FAMILY_CENTRE = "Bearer demo-token-family-centre";
    private static final String NOVOSIBIRSK = "50701000";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aReportIsStoredAndAnswered201WithLocation() throws Exception {
        HttpResponse<String> response =
                send(post(signal("Иванов", null).toString()).header("Authorization", SCHOOL));

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode body = body(response);
        String id = body.get("id").asString();
        assertThat(response.headers().firstValue("Location")).hasValue("/api/v1/signals/" + id);
        assertThat(body.get("status").asString()).isEqualTo("RECEIVED");
        assertThat(body.get("urgency").asString()).isEqualTo("STANDARD");
        assertThat(signalsWithId(id)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from signal_subject where signal_id = :id")
                        .param("id", UUID.fromString(id))
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        assertThat(audited("CREATE", id)).isEqualTo(1);
    }

    @Test
    void theReportingSchoolSeesStatusButNeverThePersons() throws Exception {
        String id = created(signal("Петров", null));

        HttpResponse<String> response = send(get("/api/v1/signals/" + id).header("Authorization", SCHOOL));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = body(response);
        assertThat(body.get("status").asString()).isEqualTo("RECEIVED");
        assertThat(body.get("urgency").asString()).isEqualTo("STANDARD");
        assertThat(body.get("indicators").get(0).asString()).isEqualTo("SCHOOL_ABSENCE_LONG");
        assertThat(body.get("receivedAt").asString()).isNotBlank();
        assertThat(body.has("subjects")).isFalse();
        assertThat(response.body()).doesNotContain("personId").doesNotContain("match");
        assertThat(audited("READ", id)).isZero();
    }

    @Test
    void anotherOrganisationsTokenGets404() throws Exception {
        String id = created(signal("Сидоров", null));

        assertProblem(send(get("/api/v1/signals/" + id).header("Authorization", CLINIC)), 404);
        assertProblem(send(get("/api/v1/signals/" + UUID.randomUUID()).header("Authorization", SCHOOL)), 404);
    }

    @Test
    void theFamilyCentreSeesWhomTheSignalConcernsAndTheReadIsAudited() throws Exception {
        String id = created(signal("Кузнецов", null));

        HttpResponse<String> response = send(get("/api/v1/signals/" + id).header("Authorization", FAMILY_CENTRE));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode subjects = body(response).get("subjects");
        assertThat(subjects).hasSize(2);
        assertThat(subjects.get(0).get("role").asString()).isEqualTo("CHILD");
        for (JsonNode subject : subjects) {
            assertThat(subject.get("match").asString()).isIn("AUTO_LINKED", "NEEDS_REVIEW", "CONFIRMED", "NEW_PERSON");
            if (!subject.get("match").asString().equals("NEEDS_REVIEW")) {
                assertThat(subject.get("personId").asString()).isNotBlank();
            }
        }
        assertThat(audited("READ", id)).isEqualTo(1);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReturnsTheFirstAnswer() throws Exception {
        String key = "key-" + UUID.randomUUID();
        String body = signal("Смирнов", null).toString();
        HttpResponse<String> first =
                send(post(body).header("Authorization", SCHOOL).header("Idempotency-Key", key));
        HttpResponse<String> retry =
                send(post(body).header("Authorization", SCHOOL).header("Idempotency-Key", key));

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(200);
        // The first answer is made from what was written, the retry's from what was read: they must not differ.
        assertThat(body(retry)).isEqualTo(body(first));
        assertThat(signalsWithKey(key)).isEqualTo(1);
    }

    @Test
    void aRetryWithTheSameExternalIdReturnsTheFirstAnswer() throws Exception {
        String externalId = "school-12-" + UUID.randomUUID();
        String body = signal("Попов", externalId).toString();
        HttpResponse<String> first = send(post(body).header("Authorization", SCHOOL));
        HttpResponse<String> retry = send(post(body).header("Authorization", SCHOOL));

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(body(retry).get("id").asString())
                .isEqualTo(body(first).get("id").asString());
        assertThat(body(retry).get("externalId").asString()).isEqualTo(externalId);
        assertThat(signalsWithKey(externalId)).isEqualTo(1);
    }

    @Test
    void theSameExternalIdFromAnotherOrganisationIsAnotherSignal() throws Exception {
        String externalId = "shared-" + UUID.randomUUID();
        String school = created(signal("Васильев", externalId));
        HttpResponse<String> clinic =
                send(post(signal("Васильев", externalId).toString()).header("Authorization", CLINIC));

        assertThat(clinic.statusCode()).isEqualTo(201);
        assertThat(body(clinic).get("id").asString()).isNotEqualTo(school);
        assertThat(signalsWithKey(externalId)).isEqualTo(2);
    }

    @Test
    void concurrentRetriesOfOneKeyStoreOneSignal() throws Exception {
        String key = "race-" + UUID.randomUUID();
        String body = signal("Соколов", null).toString();
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return send(post(body).header("Authorization", SCHOOL).header("Idempotency-Key", key));
                }));
            }
            start.countDown();
            List<String> ids = new ArrayList<>();
            int createdCount = 0;
            for (Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> response = answer.get();
                assertThat(response.statusCode()).isIn(200, 201);
                createdCount += response.statusCode() == 201 ? 1 : 0;
                ids.add(body(response).get("id").asString());
            }
            assertThat(ids).containsOnly(ids.get(0));
            assertThat(createdCount).isEqualTo(1);
            assertThat(signalsWithKey(key)).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anImmediateIndicatorMakesTheSignalImmediate() throws Exception {
        ObjectNode report = signal("Михайлов", null);
        report.put("urgency", "STANDARD");
        ((ArrayNode) report.get("indicators")).add("CHILD_INJURIES_UNEXPLAINED");

        HttpResponse<String> response = send(post(report.toString()).header("Authorization", SCHOOL));

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(body(response).get("urgency").asString()).isEqualTo("IMMEDIATE");
    }

    @Test
    void anUnknownIndicatorIsRefusedAndNothingIsStored() throws Exception {
        ObjectNode report = signal("Новиков", null);
        ((ArrayNode) report.get("indicators")).add("NO_SUCH_INDICATOR");
        long before = signals();

        JsonNode error = refused(report, "indicators[2]");

        assertThat(error.get("code").asString()).isEqualTo("E4002");
        assertThat(signals()).isEqualTo(before);
    }

    @Test
    void aSignalWithoutAChildIsRefused() throws Exception {
        ObjectNode report = signal("Фёдоров", null);
        ((ArrayNode) report.get("subjects")).remove(0);
        long before = signals();

        JsonNode error = refused(report, "subjects");

        assertThat(error.get("code").asString()).isEqualTo("E4004");
        assertThat(signals()).isEqualTo(before);
    }

    @Test
    void anInvalidSnilsIsRefusedNamingTheSubjectsField() throws Exception {
        ObjectNode report = signal("Морозов", null);
        ((ObjectNode) report.get("subjects").get(0)).put("snils", "112-233-445 96");
        long before = signals();

        JsonNode error = refused(report, "subjects[0].snils");

        assertThat(error.get("code").asString()).isEqualTo("E2006");
        assertThat(signals()).isEqualTo(before);
    }

    @Test
    void anUnknownTerritoryIsRefused() throws Exception {
        ObjectNode report = signal("Волков", null);
        ((ObjectNode) report.get("address")).put("territoryCode", "99999999");
        long before = signals();

        JsonNode error = refused(report, "address.territoryCode");

        assertThat(error.get("code").asString()).isEqualTo("E4009");
        assertThat(signals()).isEqualTo(before);
    }

    @Test
    void aWrongUrgencyAndAFutureBirthDateAreRefusedTogether() throws Exception {
        ObjectNode report = signal("Алексеев", null);
        report.put("urgency", "URGENT");
        ((ObjectNode) report.get("subjects").get(0)).put("birthDate", "2999-01-01");
        long before = signals();

        HttpResponse<String> response = send(post(report.toString()).header("Authorization", SCHOOL));

        assertProblem(response, 422);
        assertThat(body(response).get("errors").findValuesAsString("field"))
                .contains("urgency", "subjects[0].birthDate");
        assertThat(signals()).isEqualTo(before);
    }

    @Test
    void malformedJsonAnswers400() throws Exception {
        long before = signals();
        assertProblem(send(post("{\"indicators\": [").header("Authorization", SCHOOL)), 400);
        assertThat(signals()).isEqualTo(before);
    }

    @Test
    void aBodyOverTheLimitAnswers413() throws Exception {
        ObjectNode report = signal("Лебедев", null);
        report.put("description", "д".repeat(150_000));
        long before = signals();

        assertProblem(send(post(report.toString()).header("Authorization", SCHOOL)), 413);
        assertThat(signals()).isEqualTo(before);
    }

    @Test
    void aBodyFarOverTheLimitAlsoAnswers413RatherThanAReset() throws Exception {
        ObjectNode report = signal("Лебедев", null);
        report.put("description", "д".repeat(3_000_000));
        long before = signals();

        assertProblem(send(post(report.toString()).header("Authorization", SCHOOL)), 413);
        assertThat(signals()).isEqualTo(before);
    }

    @Test
    void aChunkedBodyOverTheLimitAnswers413() throws Exception {
        ObjectNode report = signal("Лебедев", null);
        report.put("description", "д".repeat(150_000));
        byte[] body = report.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        long before = signals();

        // A publisher of unknown length makes the client send the body chunked, without Content-Length.
        HttpRequest.Builder chunked = HttpRequest.newBuilder(uri("/api/v1/signals"))
                .header("Content-Type", "application/json")
                .header("Authorization", SCHOOL)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)));

        assertProblem(send(chunked), 413);
        assertThat(signals()).isEqualTo(before);
    }

    @Test
    void aChunkedBodyUnderTheLimitIsRead() throws Exception {
        byte[] body = signal("Гусев", null).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        HttpRequest.Builder chunked = HttpRequest.newBuilder(uri("/api/v1/signals"))
                .header("Content-Type", "application/json")
                .header("Authorization", SCHOOL)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)));

        assertThat(send(chunked).statusCode()).isEqualTo(201);
    }

    @Test
    void aWrongTokenAnswers401() throws Exception {
        long before = signals();
        assertProblem(send(post(signal("Козлов", null).toString()).header("Authorization", "Bearer wrong")), 401);
        assertProblem(send(post(signal("Козлов", null).toString())), 401);
        assertThat(signals()).isEqualTo(before);
    }

    @Test
    void theIndicatorCatalogueListsAtLeastFortyIndicatorsInBothLanguages() throws Exception {
        HttpResponse<String> response = send(get("/api/v1/reference/indicators").header("Authorization", CLINIC));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode indicators = body(response);
        assertThat(indicators.size()).isGreaterThanOrEqualTo(40);
        for (JsonNode indicator : indicators) {
            assertThat(indicator.get("labelRu").asString()).isNotBlank();
            assertThat(indicator.get("labelEn").asString()).isNotBlank();
            assertThat(indicator.get("version").asInt()).isEqualTo(1);
        }
        assertThat(indicators.findValuesAsString("code")).contains("SCHOOL_ABSENCE_LONG", "CHILD_NEGLECT_SIGNS");
        assertThat(indicators.findValuesAsString("group"))
                .contains("SCHOOL", "HEALTH", "POLICE", "SOCIAL_PROTECTION", "HOUSING", "GUARDIANSHIP", "COMMUNITY");
        assertThat(jdbc.sql("select count(*) from indicator where catalogue_version = 1")
                        .query(Long.class)
                        .single())
                .isEqualTo(indicators.size());
    }

    /** The example of DESIGN.md §5, with a surname of the test's own so that tests do not link to each other. */
    private ObjectNode signal(String surname, String externalId) {
        ObjectNode report = json.createObjectNode();
        if (externalId != null) {
            report.put("externalId", externalId);
        }
        report.put("urgency", "STANDARD");
        report.putArray("indicators").add("SCHOOL_ABSENCE_LONG").add("CHILD_NEGLECT_SIGNS");
        report.put("description", "Ребёнок две недели не посещает школу, по месту жительства дверь не открывают.");
        ArrayNode subjects = report.putArray("subjects");
        subjects.addObject()
                .put("role", "CHILD")
                .put("lastName", surname)
                .put("firstName", "Пётр")
                .put("patronymic", "Сергеевич")
                .put("birthDate", "2016-03-02")
                .put("sex", "M")
                .put("snils", "112-233-445 95");
        subjects.addObject()
                .put("role", "MOTHER")
                .put("lastName", surname + "а")
                .put("firstName", "Мария")
                .put("birthDate", "1990-07-14");
        report.putObject("address")
                .put("text", "г. Новосибирск, ул. Лесная, д. 5, кв. 12")
                .put("territoryCode", NOVOSIBIRSK);
        report.putObject("contact")
                .put("name", "Петрова А. В., социальный педагог")
                .put("phone", "+7 900 000-00-00");
        return report;
    }

    private String created(ObjectNode report) throws Exception {
        HttpResponse<String> response = send(post(report.toString()).header("Authorization", SCHOOL));
        assertThat(response.statusCode()).isEqualTo(201);
        return body(response).get("id").asString();
    }

    private JsonNode refused(ObjectNode report, String field) throws Exception {
        HttpResponse<String> response = send(post(report.toString()).header("Authorization", SCHOOL));
        assertProblem(response, 422);
        for (JsonNode error : body(response).get("errors")) {
            if (error.get("field").asString().equals(field)) {
                assertThat(error.get("message").asString()).isNotBlank();
                return error;
            }
        }
        throw new AssertionError("no error for " + field + " in " + response.body());
    }

    private long signals() {
        return jdbc.sql("select count(*) from signal").query(Long.class).single();
    }

    private long signalsWithId(String id) {
        return jdbc.sql("select count(*) from signal where id = :id")
                .param("id", UUID.fromString(id))
                .query(Long.class)
                .single();
    }

    private long signalsWithKey(String key) {
        return jdbc.sql("select count(*) from signal where idempotency_key = :key")
                .param("key", key)
                .query(Long.class)
                .single();
    }

    private long audited(String action, String id) {
        return jdbc.sql(
                        "select count(*) from audit_event where subject_type = 'SIGNAL' and subject_id = :id and action = :action")
                .param("id", id)
                .param("action", action)
                .query(Long.class)
                .single();
    }

    private JsonNode body(HttpResponse<String> response) {
        return json.readTree(response.body());
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(uri(path)).GET();
    }

    private HttpRequest.Builder post(String body) {
        return HttpRequest.newBuilder(uri("/api/v1/signals"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
