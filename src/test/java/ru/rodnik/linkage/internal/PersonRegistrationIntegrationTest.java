package ru.rodnik.linkage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.rodnik.support.DemoAccounts;
import ru.rodnik.support.RodnikIntegrationTest;
import ru.rodnik.support.WebSession;

/** Registering a person by hand or by API: bad input stores nothing, a known person is found, not duplicated. */
@RodnikIntegrationTest
class PersonRegistrationIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theFormShowsEachBadFieldAndStoresNothing() {
        WebSession screener = WebSession.on(port);
        screener.login("screener", DemoAccounts.PASSWORD);
        long persons = persons();
        screener.get("/persons/new");
        HttpResponse<String> response = screener.post(
                "/persons/new",
                Map.of(
                        "lastName",
                        " ",
                        "firstName",
                        "",
                        "birthDate",
                        LocalDate.now().plusDays(3).toString(),
                        "snils",
                        "112-233-445 96"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("id=\"lastName-error\"")
                .contains("id=\"firstName-error\"")
                .contains("Дата рождения не может быть в будущем.")
                .contains("СНИЛС неверен: не сходится контрольное число.");
        screener.get("/persons/new");
        assertThat(screener.post(
                                "/persons/new",
                                Map.of("lastName", "Старова", "firstName", "Вера", "birthDate", "1899-12-31"))
                        .body())
                .contains("Дата рождения не может быть раньше 01.01.1900.");
        assertThat(persons()).isEqualTo(persons);
    }

    @Test
    void aNewPersonIsRegisteredAndTheSamePersonAgainIsFound() {
        WebSession screener = WebSession.on(port);
        screener.login("screener", DemoAccounts.PASSWORD);
        screener.get("/persons/new");
        Map<String, String> fields = Map.of(
                "lastName",
                "Регистрова",
                "firstName",
                "Таисия",
                "patronymic",
                "Павловна",
                "birthDate",
                "2012-12-12",
                "sex",
                "F",
                "snils",
                "112-233-445 95");
        HttpResponse<String> first = screener.post("/persons/new", fields);
        assertThat(first.statusCode()).isEqualTo(302);
        String location = first.headers().firstValue("Location").orElseThrow();
        assertThat(screener.get(location.replaceFirst("^https?://[^/]+", "")).body())
                .contains("Лицо зарегистрировано.");
        screener.get("/persons/new");
        HttpResponse<String> second = screener.post("/persons/new", fields);
        assertThat(second.headers().firstValue("Location")).hasValue(location);
        assertThat(jdbc.sql("select count(*) from person where last_name = 'Регистрова'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void specialistsCannotRegister() {
        WebSession specialist = WebSession.on(port);
        specialist.login("specialist", DemoAccounts.PASSWORD);
        specialist.get("/persons");
        HttpResponse<String> response =
                specialist.post("/persons/new", Map.of("lastName", "Нельзяева", "firstName", "Ирина"));
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from person where last_name = 'Нельзяева'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theApiAnswers422ByFieldAnd201WithLocation() throws Exception {
        long persons = persons();
        HttpResponse<String> bad = post("demo-token-family-centre", """
                {"lastName": "", "firstName": "Ира", "birthDate": "1850-01-01", "snils": "11223344596"}""");
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(bad.body())
                .contains("\"field\":\"lastName\"")
                .contains("\"field\":\"birthDate\"")
                .contains("\"field\":\"snils\"")
                .contains("E2006");
        assertThat(persons()).isEqualTo(persons);

        HttpResponse<String> created = post("demo-token-family-centre", """
                {"lastName": "Апиева", "firstName": "Стефания", "birthDate": "2019-04-04", "sex": "F"}""");
        assertThat(created.statusCode()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(created.body()).contains("\"match\":\"NEW_PERSON\"");
        HttpResponse<String> again = post("demo-token-family-centre", """
                {"lastName": "Apieva", "firstName": "Stefaniya", "birthDate": "2019-04-04", "sex": "F"}""");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body())
                .contains("\"match\":\"AUTO_LINKED\"")
                .contains(location.substring(location.lastIndexOf('/') + 1));

        HttpRequest read = HttpRequest.newBuilder(URI.create("http://localhost:" + port + location))
                .header("Authorization", "Bearer demo-token-family-centre")
                .build();
        assertThat(HttpClient.newHttpClient()
                        .send(read, HttpResponse.BodyHandlers.ofString())
                        .body())
                .contains("Апиева");
        assertThat(post("demo-token-school", "{\"lastName\": \"Школьная\", \"firstName\": \"Анна\"}")
                        .statusCode())
                .isEqualTo(403);
    }

    private HttpResponse<String> post(String token, String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/persons"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private long persons() {
        return jdbc.sql("select count(*) from person").query(Long.class).single();
    }
}
