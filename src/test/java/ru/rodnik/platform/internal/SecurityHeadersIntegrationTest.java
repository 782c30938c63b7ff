package ru.rodnik.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.rodnik.support.RodnikIntegrationTest;
import ru.rodnik.support.WebSession;

@RodnikIntegrationTest
class SecurityHeadersIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void pagesCarryContentSecurityPolicyAndNoSniff() {
        HttpResponse<String> login = WebSession.on(port).get("/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp)
                        .contains("default-src 'self'")
                        .contains("script-src 'self'")
                        .contains("frame-ancestors 'none'"));
        assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }

    @Test
    void loginPageAndItsStylesAndScriptsAreReachableAnonymously() {
        WebSession anonymous = WebSession.on(port);
        HttpResponse<String> login = anonymous.get("/login");
        assertThat(login.body()).contains("Вход в систему").contains("name=\"_csrf\"");
        assertThat(anonymous.get("/css/app.css").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/js/app.js").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/webjars/htmx.org/dist/htmx.min.js").statusCode())
                .isEqualTo(200);
    }

    @Test
    void pagesAreClosedToAnonymousUsers() {
        HttpResponse<String> home = WebSession.on(port).get("/");
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void formPostWithoutCsrfTokenIsRefused() {
        WebSession session = WebSession.on(port);
        session.login("admin", "rodnik-demo");
        HttpResponse<String> response =
                session.postRaw("/admin/territories", "code=50999000&name=X&parentCode=50000000");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(session.get("/admin/territories").body()).doesNotContain("50999000");
    }

    @Test
    void aLoginFormWithAStaleTokenLeadsBackToTheLoginForm() {
        WebSession session = WebSession.on(port);
        HttpResponse<String> response = session.postRaw("/login", "username=admin&password=rodnik-demo&_csrf=stale");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?expired"));
        assertThat(session.get("/login?expired").body()).contains("сеанс истёк");
        assertThat(session.get("/").statusCode()).as("not signed in").isEqualTo(302);
    }

    @Test
    void healthOpenApiAndMetricsAnswer() {
        WebSession anonymous = WebSession.on(port);
        assertThat(anonymous.get("/actuator/health").body()).contains("\"status\":\"UP\"");
        assertThat(anonymous.get("/v3/api-docs").body()).contains("/api/v1/reference/territories");
        // Scraped from localhost, which the default metrics network allows.
        assertThat(anonymous.get("/actuator/prometheus").body()).contains("jvm_memory_used_bytes");
    }

    @Test
    void unknownPageAnswersAFriendlyRussianPage() {
        WebSession session = WebSession.on(port);
        session.login("screener", "rodnik-demo");
        HttpResponse<String> page = session.get("/no-such-page");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Страница не найдена").doesNotContain("Whitelabel");
    }

    @Test
    void englishCanBeChosenAndIsRemembered() {
        WebSession session = WebSession.on(port);
        assertThat(session.get("/login?lang=en").body()).contains("Sign in");
        assertThat(session.get("/login").body()).contains("Sign in");
        assertThat(session.get("/login?lang=ru").body()).contains("Вход в систему");
    }
}
