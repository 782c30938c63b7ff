package ru.rodnik.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.rodnik.registry.FamilyId;
import ru.rodnik.registry.FamilyRole;
import ru.rodnik.registry.PersonDetails;
import ru.rodnik.registry.PersonId;
import ru.rodnik.registry.Registry;
import ru.rodnik.registry.Sex;
import ru.rodnik.support.DemoAccounts;
import ru.rodnik.support.RodnikIntegrationTest;
import ru.rodnik.support.WebSession;

/** Persons and families are the family centre's to see; reporters, agencies and other regions see nothing. */
@RodnikIntegrationTest
class PersonAccessIntegrationTest {

    private static final String DEMO_REGION = "50000000";

    @LocalServerPort
    int port;

    @Autowired
    Registry registry;

    private PersonId child;
    private FamilyId family;

    @BeforeEach
    void aFamilyOfTheDemoRegion() {
        child = registry.registerPerson(
                DEMO_REGION,
                new PersonDetails(
                        "Доступова", "Василиса", "Игоревна", LocalDate.of(2020, 8, 17), Sex.F, null, null, null));
        PersonId mother = registry.registerPerson(
                DEMO_REGION,
                new PersonDetails("Доступова", "Ирина", null, LocalDate.of(1995, 1, 30), Sex.F, null, null, null));
        family = registry.registerFamily(DEMO_REGION, "50701000", "г. Новосибирск, ул. Мира, д. 1");
        registry.addMember(family, child, FamilyRole.CHILD, null);
        registry.addMember(family, mother, FamilyRole.MOTHER, null);
    }

    @Test
    void aScreenerFindsThePersonByAMisspeltNameAndOpensTheFamily() {
        WebSession screener = WebSession.on(port);
        screener.login("screener", DemoAccounts.PASSWORD);
        HttpResponse<String> hits = screener.get("/persons?q=" + encode("Дуступова Василиса"));
        assertThat(hits.statusCode()).isEqualTo(200);
        assertThat(hits.body()).contains("Доступова Василиса Игоревна").contains("/families/" + family);
        HttpResponse<String> page = screener.get("/families/" + family);
        assertThat(page.body()).contains("Доступова Ирина").contains("data-role=\"MOTHER\"");
    }

    @Test
    void reportersAgenciesAndAnalystsCannotSeePersons() {
        for (String username : new String[] {"reporter", "agency", "analyst", "kdn", "admin"}) {
            WebSession session = WebSession.on(port);
            session.login(username, DemoAccounts.PASSWORD);
            assertThat(session.get("/persons?q=" + encode("Доступова")).statusCode())
                    .as(username)
                    .isEqualTo(403);
            assertThat(session.get("/persons/" + child).statusCode())
                    .as(username)
                    .isEqualTo(403);
            assertThat(session.get("/families/" + family).statusCode())
                    .as(username)
                    .isEqualTo(403);
        }
    }

    @Test
    void theApiAnswersFamilyCentreTokensOnly() throws Exception {
        HttpResponse<String> centre =
                api("demo-token-family-centre", "/api/v1/persons?q=" + encode("Dostupova Vasilisa"));
        assertThat(centre.statusCode()).isEqualTo(200);
        assertThat(centre.body()).contains(child.toString()).contains(family.toString());
        assertThat(api("demo-token-school", "/api/v1/persons?q=" + encode("Доступова"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(api("demo-token-police", "/api/v1/persons?q=" + encode("Доступова"))
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void anEmptyQueryIsA422NamingTheField() throws Exception {
        HttpResponse<String> response = api("demo-token-family-centre", "/api/v1/persons?q=");
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("\"field\":\"q\"").contains("E2101");
    }

    @Test
    void aPersonOfAnotherRegionIsNotFound() {
        PersonId elsewhere = registry.registerPerson(
                "01000000",
                new PersonDetails("Чужеземцева", "Ольга", null, LocalDate.of(2015, 1, 1), Sex.F, null, null, null));
        WebSession screener = WebSession.on(port);
        screener.login("screener", DemoAccounts.PASSWORD);
        assertThat(screener.get("/persons/" + elsewhere).statusCode()).isEqualTo(404);
        // The page repeats the query in its search box, so look for the person's link, not the name.
        assertThat(screener.get("/persons?q=" + encode("Чужеземцева Ольга")).body())
                .doesNotContain("/persons/" + elsewhere);
    }

    private HttpResponse<String> api(String token, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token)
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
