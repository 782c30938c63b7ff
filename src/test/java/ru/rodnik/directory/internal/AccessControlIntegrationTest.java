package ru.rodnik.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.rodnik.support.DemoAccounts;
import ru.rodnik.support.RodnikIntegrationTest;
import ru.rodnik.support.WebSession;

/** Role × page matrix for the administration pages: only ADMIN gets in, everyone else is refused. */
@RodnikIntegrationTest
class AccessControlIntegrationTest {

    static final List<String> ADMIN_PAGES = List.of(
            "/admin/territories",
            "/admin/territories/50000000",
            "/admin/organisations",
            "/admin/organisations/new",
            "/admin/users",
            "/admin/users/new",
            "/admin/api-clients",
            "/admin/calendar",
            "/admin/screening-deadlines",
            "/admin/early-warning",
            "/admin/audit");

    @LocalServerPort
    int port;

    static Stream<Arguments> nonAdminsAndPages() {
        return DemoAccounts.ROLE_OF.keySet().stream()
                .filter(username -> !username.equals("admin"))
                .flatMap(username -> ADMIN_PAGES.stream().map(page -> Arguments.of(username, page)));
    }

    @ParameterizedTest(name = "{0} may not open {1}")
    @MethodSource("nonAdminsAndPages")
    void nonAdminsAreRefused(String username, String page) {
        WebSession session = WebSession.on(port);
        session.login(username, DemoAccounts.PASSWORD);
        HttpResponse<String> response = session.get(page);
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("Нет доступа");
    }

    @Test
    void nonAdminsCannotChangeAnythingByPostingEither() {
        WebSession session = WebSession.on(port);
        session.login("supervisor", DemoAccounts.PASSWORD);
        session.get("/");
        HttpResponse<String> response = session.post(
                "/admin/territories", java.util.Map.of("code", "50777000", "name", "Чужая", "parentCode", "50000000"));
        assertThat(response.statusCode()).isEqualTo(403);
        WebSession admin = WebSession.on(port);
        admin.login("admin", DemoAccounts.PASSWORD);
        assertThat(admin.get("/admin/territories").body()).doesNotContain("50777000");
    }

    @Test
    void anonymousUsersAreSentToTheLoginPage() {
        for (String page : ADMIN_PAGES) {
            HttpResponse<String> response = WebSession.on(port).get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(302);
            assertThat(response.headers().firstValue("Location"))
                    .as(page)
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
        }
    }

    @Test
    void adminOpensEveryAdministrationPage() {
        WebSession admin = WebSession.on(port);
        admin.login("admin", DemoAccounts.PASSWORD);
        for (String page : ADMIN_PAGES) {
            assertThat(admin.get(page).statusCode()).as(page).isEqualTo(200);
        }
    }

    @Test
    void everyRoleReachesItsHomePage() {
        DemoAccounts.ROLE_OF.forEach((username, role) -> {
            WebSession session = WebSession.on(port);
            HttpResponse<String> login = session.login(username, DemoAccounts.PASSWORD);
            assertThat(login.statusCode()).as(username).isEqualTo(302);
            HttpResponse<String> home = session.get("/");
            assertThat(home.statusCode()).as(username).isEqualTo(200);
            assertThat(home.body())
                    .as(username)
                    .contains("data-role=\"" + role + "\"")
                    .contains("Здравствуйте");
        });
    }

    @Test
    void apiTokensDoNotOpenPages() {
        var http = java.net.http.HttpClient.newHttpClient();
        var request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + "/admin/users"))
                .header("Authorization", "Bearer demo-token-family-centre")
                .build();
        try {
            var response = http.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(302);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
