package ru.rodnik.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.rodnik.support.ProblemResponses.assertProblem;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.rodnik.support.RodnikIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@RodnikIntegrationTest
class ApiErrorsIntegrationTest {

    private static final String TOKEN = "Bearer demo-token-school";

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void unknownApiPathAnswersNotFoundAsProblemJson() throws Exception {
        HttpResponse<String> response = send(get("/api/v1/no-such-thing").header("Authorization", TOKEN));
        assertProblem(response, 404);
    }

    @Test
    void unknownApiPathWithoutTokenAlsoAnswersProblemJson() throws Exception {
        assertProblem(send(get("/api/v1/no-such-thing")), 404);
    }

    @Test
    void missingTokenAnswers401WithBearerChallenge() throws Exception {
        HttpResponse<String> response = send(get("/api/v1/reference/territories"));
        assertProblem(response, 401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(body(response).get("title").asString()).isEqualTo("Требуется аутентификация");
    }

    @Test
    void unknownTokenAnswers401() throws Exception {
        assertProblem(send(get("/api/v1/reference/territories").header("Authorization", "Bearer not-a-token")), 401);
    }

    @Test
    void basicAuthIsNotAcceptedOnTheApi() throws Exception {
        String basic = java.util.Base64.getEncoder().encodeToString("admin:rodnik-demo".getBytes());
        assertProblem(send(get("/api/v1/reference/territories").header("Authorization", "Basic " + basic)), 401);
    }

    @Test
    void malformedJsonAnswers400() throws Exception {
        HttpResponse<String> response =
                send(post("/api/v1/test-probe", "{\"name\": \"a\",").header("Authorization", TOKEN));
        assertProblem(response, 400);
    }

    @Test
    void beanValidationAnswers422NamingTheField() throws Exception {
        HttpResponse<String> response = send(
                post("/api/v1/test-probe", "{\"name\": \"\", \"count\": 1}").header("Authorization", TOKEN));
        assertProblem(response, 422);
        JsonNode errors = body(response).get("errors");
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).get("field").asString()).isEqualTo("name");
        assertThat(errors.get(0).get("message").asString()).isEqualTo("Заполните поле.");
    }

    @Test
    void domainValidationAnswers422WithItsStableCode() throws Exception {
        HttpResponse<String> response = send(
                post("/api/v1/test-probe", "{\"name\": \"ok\", \"count\": -1}").header("Authorization", TOKEN));
        assertProblem(response, 422);
        JsonNode error = body(response).get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("count");
        assertThat(error.get("code").asString()).isEqualTo("E9001");
    }

    @Test
    void wrongMediaTypeAnswers415() throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/v1/test-probe"))
                .header("Content-Type", "text/plain")
                .header("Authorization", TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString("hello"));
        assertProblem(send(request), 415);
    }

    @Test
    void wrongMethodAnswers405() throws Exception {
        assertProblem(send(post("/api/v1/reference/territories", "{}").header("Authorization", TOKEN)), 405);
    }

    @Test
    void validRequestPassesThrough() throws Exception {
        HttpResponse<String> response = send(
                post("/api/v1/test-probe", "{\"name\": \"ok\", \"count\": 2}").header("Authorization", TOKEN));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(body(response).get("count").asInt()).isEqualTo(2);
    }

    private JsonNode body(HttpResponse<String> response) {
        return json.readTree(response.body());
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(uri(path)).GET();
    }

    private HttpRequest.Builder post(String path, String body) {
        return HttpRequest.newBuilder(uri(path))
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
