package ru.rodnik.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import ru.rodnik.support.DemoAccounts;
import ru.rodnik.support.WebSession;

/**
 * The embedded database is the product's only copy of the data: what a user saved must be there after a clean
 * restart and after the JVM was killed. SIGKILL leaves the PostgreSQL server running without its JVM, and the next
 * start has to cope with it.
 */
class RestartKeepsDataIT {

    private static final Pattern ORGANISATION_SELECT =
            Pattern.compile("<select[^>]*name=\"organisationId\"[^>]*>(.*?)</select>", Pattern.DOTALL);
    private static final Pattern ORGANISATION_OPTION = Pattern.compile("<option value=\"([0-9a-f-]{36})\"");
    private static final Pattern USER_PAGE = Pattern.compile("/admin/users/[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}");

    private static final Path DATA_DIR = RodnikProcess.newDataDir("restart");

    private RodnikProcess app;

    @AfterAll
    static void leaveNoServerBehind() {
        RodnikProcess.stopPostmaster(DATA_DIR);
        RodnikProcess.deleteDataDir(DATA_DIR);
    }

    @Test
    void savedUsersSurviveACleanRestartAndAKilledJvm() {
        Map<String, String> env = Map.of("RODNIK_DATA_DIR", DATA_DIR.toString());
        try {
            app = RodnikProcess.start("restart-1", env);
            createUser("restart-a", "Проверкина Анна Перезапусковна");
            stopCleanly();

            app = RodnikProcess.start("restart-2", env);
            assertLogsIn("restart-a", "Проверкина Анна Перезапусковна");
            createUser("restart-b", "Убитов Борис Сигкиллович");

            app.kill();
            // Without a surviving postmaster this would only be another clean restart.
            Optional<ProcessHandle> leftover = RodnikProcess.postmaster(DATA_DIR);
            assertThat(leftover)
                    .as("the postmaster of the killed JVM (pid file in %s)", DATA_DIR.resolve("pg"))
                    .hasValueSatisfying(
                            postmaster -> assertThat(postmaster.isAlive()).isTrue());

            app = RodnikProcess.start("restart-3", env);
            assertThat(leftover.get().isAlive())
                    .as(
                            "the leftover postmaster %d after the restart",
                            leftover.get().pid())
                    .isFalse();
            assertLogsIn("restart-a", "Проверкина Анна Перезапусковна");
            assertLogsIn("restart-b", "Убитов Борис Сигкиллович");
            stopCleanly();
        } catch (AssertionError | RuntimeException e) {
            throw RodnikProcess.withLogTails(e, app);
        } finally {
            if (app != null) {
                app.close();
            }
            RodnikProcess.stopPostmaster(DATA_DIR);
        }
    }

    private void createUser(String username, String displayName) {
        WebSession admin = WebSession.on(app.port());
        assertThat(redirectPath(admin.login("admin", DemoAccounts.PASSWORD))).isEqualTo("/");
        HttpResponse<String> form = admin.get("/admin/users/new");
        assertThat(form.statusCode()).isEqualTo(200);
        Matcher select = ORGANISATION_SELECT.matcher(form.body());
        assertThat(select.find()).as("organisation select on the new-user form").isTrue();
        Matcher option = ORGANISATION_OPTION.matcher(select.group(1));
        assertThat(option.find()).as("an organisation to choose").isTrue();

        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("username", username);
        fields.put("displayName", displayName);
        fields.put("organisationId", option.group(1));
        fields.put("roles", "SCREENER");
        fields.put("password", password(username));
        HttpResponse<String> created = admin.post("/admin/users", fields);

        assertThat(created.statusCode())
                .as("creating %s: %s", username, created.body())
                .isEqualTo(302);
        assertThat(redirectPath(created)).matches(USER_PAGE);
    }

    private void assertLogsIn(String username, String displayName) {
        WebSession session = WebSession.on(app.port());
        HttpResponse<String> login = session.login(username, password(username));
        assertThat(login.statusCode()).as("login of %s", username).isEqualTo(302);
        assertThat(redirectPath(login)).as("login of %s", username).isEqualTo("/");
        HttpResponse<String> home = session.get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains(displayName);
    }

    private void stopCleanly() {
        app.stop();
        // A clean stop includes the database: a postmaster still running now would be killed with the host.
        assertThat(Files.exists(DATA_DIR.resolve("pg").resolve("postmaster.pid")))
                .as("postmaster.pid after a clean stop of %s", app)
                .isFalse();
        // The pool and every bean using it close before the server stops, never in parallel with it.
        assertThat(app.logText()).doesNotContain("57P01").doesNotContain("destroy method failed");
    }

    private static String password(String username) {
        return username + "-secret-42";
    }

    static String redirectPath(HttpResponse<String> response) {
        return response.headers()
                .firstValue("Location")
                .map(location -> URI.create(location).getPath())
                .orElse("");
    }
}
