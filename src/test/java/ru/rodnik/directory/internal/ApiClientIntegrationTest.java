package ru.rodnik.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.rodnik.support.DemoAccounts;
import ru.rodnik.support.RodnikIntegrationTest;
import ru.rodnik.support.WebSession;

@RodnikIntegrationTest
class ApiClientIntegrationTest {

    private static final Pattern ISSUED = Pattern.compile("data-testid=\"issued-token\">([^<]+)<");
    private static final Pattern REVOKE = Pattern.compile("/admin/api-clients/([0-9a-f-]{36})/revoke");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anIssuedTokenWorksUntilRevokedAndThenStopsAtOnce() throws Exception {
        WebSession admin = WebSession.on(port);
        admin.login("admin", DemoAccounts.PASSWORD);
        String organisationId = jdbc.sql("select id::text from organisation where kind = 'CLINIC' limit 1")
                .query(String.class)
                .single();
        admin.get("/admin/api-clients");
        HttpResponse<String> issued = admin.post(
                "/admin/api-clients", Map.of("organisationId", organisationId, "name", "МИС поликлиники (тест)"));
        Matcher token = ISSUED.matcher(issued.body());
        assertThat(token.find()).as("the token is shown once on the page").isTrue();
        String secret = token.group(1);

        assertThat(callWith(secret)).isEqualTo(200);
        // Stored as a hash: the secret itself is nowhere in the table.
        assertThat(jdbc.sql("select count(*) from api_client where token_hash = :t or token_hint = :t")
                        .param("t", secret)
                        .query(Long.class)
                        .single())
                .isZero();
        // Never shown again.
        assertThat(admin.get("/admin/api-clients").body()).doesNotContain(secret);

        String clientId = jdbc.sql("select id::text from api_client where token_hash = :h")
                .param("h", ApiTokens.hash(secret))
                .query(String.class)
                .single();
        HttpResponse<String> revoked = admin.post("/admin/api-clients/" + clientId + "/revoke", Map.of());
        assertThat(revoked.statusCode()).isEqualTo(302);

        assertThat(callWith(secret)).isEqualTo(401);
        assertThat(callWith("demo-token-clinic"))
                .as("other tokens keep working")
                .isEqualTo(200);
    }

    @Test
    void aTokenOfADisabledOrganisationIsRefused() throws Exception {
        String ngo = jdbc.sql("select organisation_id::text from api_client where token_hash = :h")
                .param("h", ApiTokens.hash("demo-token-ngo"))
                .query(String.class)
                .single();
        assertThat(callWith("demo-token-ngo")).isEqualTo(200);
        jdbc.sql("update organisation set enabled = false where id = :id::uuid")
                .param("id", ngo)
                .update();
        try {
            assertThat(callWith("demo-token-ngo")).isEqualTo(401);
        } finally {
            jdbc.sql("update organisation set enabled = true where id = :id::uuid")
                    .param("id", ngo)
                    .update();
        }
    }

    @Test
    void issuingWithoutANameShowsTheErrorAndIssuesNothing() {
        WebSession admin = WebSession.on(port);
        admin.login("admin", DemoAccounts.PASSWORD);
        long before =
                jdbc.sql("select count(*) from api_client").query(Long.class).single();
        admin.get("/admin/api-clients");
        HttpResponse<String> response = admin.post("/admin/api-clients", Map.of("organisationId", "", "name", " "));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Укажите название.").contains("Выберите организацию.");
        assertThat(jdbc.sql("select count(*) from api_client").query(Long.class).single())
                .isEqualTo(before);
    }

    @Test
    void revokeLinksOnThePageNameRealClients() {
        WebSession admin = WebSession.on(port);
        admin.login("admin", DemoAccounts.PASSWORD);
        Matcher link = REVOKE.matcher(admin.get("/admin/api-clients").body());
        assertThat(link.find()).isTrue();
        assertThat(jdbc.sql("select count(*) from api_client where id = :id::uuid")
                        .param("id", link.group(1))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    private int callWith(String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/reference/organisations"))
                .header("Authorization", "Bearer " + token)
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }
}
