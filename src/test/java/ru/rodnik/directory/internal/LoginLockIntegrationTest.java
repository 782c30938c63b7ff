package ru.rodnik.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import ru.rodnik.support.DemoAccounts;
import ru.rodnik.support.RodnikIntegrationTest;
import ru.rodnik.support.WebSession;

@RodnikIntegrationTest
class LoginLockIntegrationTest {

    private static final String PASSWORD = "correct-horse-battery";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    @Test
    void theSixthWrongPasswordLocksTheAccountUntilAnAdminUnlocksIt() {
        String username = newUser();
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(redirectOf(WebSession.on(port).login(username, "wrong-" + attempt)))
                    .as("attempt " + attempt)
                    .endsWith("/login?error");
        }
        assertThat(redirectOf(WebSession.on(port).login(username, "wrong-6"))).endsWith("/login?locked");
        assertThat(redirectOf(WebSession.on(port).login(username, PASSWORD)))
                .as("even the right password")
                .endsWith("/login?locked");

        WebSession admin = WebSession.on(port);
        admin.login("admin", DemoAccounts.PASSWORD);
        String id = jdbc.sql("select id::text from app_user where username = :u")
                .param("u", username)
                .query(String.class)
                .single();
        assertThat(admin.get("/admin/users/" + id).body()).contains("Разблокировать");
        assertThat(admin.post("/admin/users/" + id + "/unlock", java.util.Map.of())
                        .statusCode())
                .isEqualTo(302);

        WebSession user = WebSession.on(port);
        assertThat(redirectOf(user.login(username, PASSWORD))).doesNotContain("/login");
        assertThat(user.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void aCorrectPasswordResetsTheCount() {
        String username = newUser();
        for (int attempt = 1; attempt <= 5; attempt++) {
            WebSession.on(port).login(username, "wrong");
        }
        assertThat(redirectOf(WebSession.on(port).login(username, PASSWORD))).doesNotContain("/login");
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(redirectOf(WebSession.on(port).login(username, "wrong"))).endsWith("/login?error");
        }
    }

    @Test
    void anExpiredLockLetsTheUserInAndStartsCountingAfresh() {
        String username = newUser();
        for (int attempt = 1; attempt <= 6; attempt++) {
            WebSession.on(port).login(username, "wrong");
        }
        jdbc.sql("update app_user set locked_until = now() - interval '1 minute' where username = :u")
                .param("u", username)
                .update();
        assertThat(redirectOf(WebSession.on(port).login(username, "wrong"))).endsWith("/login?error");
        assertThat(redirectOf(WebSession.on(port).login(username, PASSWORD))).doesNotContain("/login");
    }

    @Test
    void unknownUsersAreToldNothingMoreThanWrongPassword() {
        for (int attempt = 1; attempt <= 7; attempt++) {
            assertThat(redirectOf(WebSession.on(port).login("nobody-" + attempt, "x")))
                    .endsWith("/login?error");
        }
    }

    private String newUser() {
        String username = "lock." + UUID.randomUUID().toString().substring(0, 8);
        UUID organisation = jdbc.sql("select id from organisation where kind = 'SCHOOL' limit 1")
                .query(UUID.class)
                .single();
        jdbc.sql("""
                insert into app_user (id, username, display_name, organisation_id, password_hash, created_at)
                values (:id, :u, 'Проверка Блокировки', :o, :h, now())
                """)
                .param("id", UUID.randomUUID())
                .param("u", username)
                .param("o", organisation)
                .param("h", passwords.encode(PASSWORD))
                .update();
        jdbc.sql("insert into app_user_role (user_id, role) select id, 'REPORTER' from app_user where username = :u")
                .param("u", username)
                .update();
        return username;
    }

    private static String redirectOf(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }
}
