package ru.rodnik.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Sends signals to the API of a running application as a partner organisation's system would. */
final class SignalClient {

    static final String NOVOSIBIRSK = "50701000";
    static final String LINEVO = "50615101";

    private final int port;
    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    SignalClient(int port) {
        this.port = port;
    }

    /**
     * A report about a child and its mother. Everything about them derives from {@code surname}, so that two calls
     * with different surnames are two families to linkage (not one mother under a maiden name) and two calls with
     * the same surname are the same family.
     */
    ObjectNode childAndMother(String surname, String territory, String... indicators) {
        int seed = Math.floorMod(surname.hashCode(), 997);
        ObjectNode report = json.createObjectNode();
        report.put("urgency", "STANDARD");
        ArrayNode codes = report.putArray("indicators");
        for (String code : indicators.length == 0 ? new String[] {"SCHOOL_ABSENCE_LONG"} : indicators) {
            codes.add(code);
        }
        report.put("description", "Ребёнок не посещает школу.");
        ArrayNode subjects = report.putArray("subjects");
        subjects.addObject()
                .put("role", "CHILD")
                .put("lastName", surname)
                .put("firstName", BOYS[seed % BOYS.length])
                .put("birthDate", LocalDate.of(2010, 1, 1).plusDays(seed * 3L).toString())
                .put("sex", "M");
        subjects.addObject()
                .put("role", "MOTHER")
                .put("lastName", surname + "а")
                .put("firstName", WOMEN[seed % WOMEN.length])
                .put("birthDate", LocalDate.of(1980, 1, 1).plusDays(seed * 7L).toString())
                .put("sex", "F");
        report.putObject("address").put("text", "ул. Садовая, д. " + (seed + 1)).put("territoryCode", territory);
        return report;
    }

    private static final String[] BOYS = {"Ярослав", "Тихон", "Савелий", "Мирон", "Платон", "Елисей", "Арсений"};
    private static final String[] WOMEN = {"Олеся", "Вероника", "Дарина", "Злата", "Эльвира", "Лада", "Снежана"};

    /** Posts the report and returns the new signal's id. */
    String send(String token, ObjectNode report) {
        HttpResponse<String> response = post(token, report);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return read(response).get("id").asString();
    }

    HttpResponse<String> post(String token, ObjectNode report) {
        return exchange(HttpRequest.newBuilder(uri("/api/v1/signals"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(report.toString())));
    }

    /** The signal as the organisation of the token sees it; asserts 200. */
    JsonNode get(String token, String id) {
        HttpResponse<String> response = fetch(token, "/api/v1/signals/" + id);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return read(response);
    }

    HttpResponse<String> fetch(String token, String path) {
        return exchange(HttpRequest.newBuilder(uri(path))
                .header("Authorization", "Bearer " + token)
                .GET());
    }

    JsonNode read(HttpResponse<String> response) {
        return json.readTree(response.body());
    }

    private HttpResponse<String> exchange(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
