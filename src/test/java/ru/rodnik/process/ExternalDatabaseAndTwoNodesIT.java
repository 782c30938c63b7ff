package ru.rodnik.process;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.rodnik.process.RestartKeepsDataIT.redirectPath;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.rodnik.support.DemoAccounts;
import ru.rodnik.support.WebSession;

/**
 * Rodnik as a cluster: several nodes on one external PostgreSQL share the data and the users' sessions, the demo
 * region is loaded once however many nodes start together, and a production start refuses a database that still
 * holds the demo credentials.
 */
class ExternalDatabaseAndTwoNodesIT {

    private static final String DATABASE = "rodnik_ext";
    private static final String ADMIN_NAME = "Администратор системы";
    private static final Duration REFUSAL_TIMEOUT = Duration.ofSeconds(180);

    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void startExternalDatabase() throws IOException, SQLException {
        postgres = EmbeddedPostgres.builder()
                .setDataDirectory(RodnikProcess.newDataDir("external-pg"))
                .setCleanDataDirectory(true)
                .setPGStartupWait(Duration.ofSeconds(120))
                .start();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
        }
    }

    @AfterAll
    static void stopExternalDatabase() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void twoNodesShareDatabaseAndSessionsAndProductionRefusesDemoCredentials() throws Exception {
        Path dataDirA = RodnikProcess.newDataDir("node-a");
        Path dataDirB = RodnikProcess.newDataDir("node-b");
        Path dataDirProduction = RodnikProcess.newDataDir("production");
        RodnikProcess nodeA = null;
        RodnikProcess nodeB = null;
        RodnikProcess production = null;
        try {
            // Both at once: the demo region's advisory lock only matters when the nodes race for an empty database.
            nodeA = RodnikProcess.launch("cluster-node-a", externalDatabase(dataDirA));
            nodeB = RodnikProcess.launch("cluster-node-b", externalDatabase(dataDirB));
            nodeA.awaitHealthy();
            nodeB.awaitHealthy();

            assertThat(queryLong("select count(*) from app_user where username = 'admin'"))
                    .isEqualTo(1);
            assertThat(queryLong("select count(*) from app_user where demo"))
                    .as("demo users")
                    .isEqualTo(DemoAccounts.ROLE_OF.size());
            assertThat(dataDirA.resolve("pg")).as("node A's embedded database").doesNotExist();
            assertThat(dataDirB.resolve("pg")).as("node B's embedded database").doesNotExist();

            WebSession onA = WebSession.on(nodeA.port());
            assertThat(redirectPath(onA.login("admin", DemoAccounts.PASSWORD))).isEqualTo("/");
            String sessionCookie = onA.cookie("SESSION").orElseThrow(() -> new AssertionError("no SESSION cookie"));

            WebSession onB = WebSession.on(nodeB.port());
            onB.setCookie("SESSION", sessionCookie);
            HttpResponse<String> homeOnB = onB.get("/");
            assertThat(homeOnB.statusCode())
                    .as("home page on node B with node A's session")
                    .isEqualTo(200);
            assertThat(homeOnB.body()).contains(ADMIN_NAME);

            HttpResponse<String> logout = onB.post("/logout", Map.of());
            assertThat(logout.statusCode()).isEqualTo(302);
            assertThat(redirectPath(logout)).isEqualTo("/login");
            HttpResponse<String> homeOnA = onA.get("/");
            assertThat(homeOnA.statusCode())
                    .as("home page on node A after logging out on B")
                    .isEqualTo(302);
            assertThat(redirectPath(homeOnA)).isEqualTo("/login");

            nodeA.stop();
            nodeB.stop();

            Map<String, String> productionEnv = externalDatabase(dataDirProduction);
            productionEnv.put("SPRING_PROFILES_ACTIVE", "production");
            production = RodnikProcess.launch("cluster-production", productionEnv);
            OptionalInt exitCode = production.awaitExit(REFUSAL_TIMEOUT);
            assertThat(exitCode)
                    .as(
                            "exit of a production node on a database with demo users, within %d s\n%s",
                            REFUSAL_TIMEOUT.toSeconds(), production.logTail())
                    .isPresent();
            assertThat(exitCode.getAsInt())
                    .as("exit code\n%s", production.logTail())
                    .isNotZero();
            assertThat(production.logText()).contains("Demo credentials are present");
        } catch (AssertionError | RuntimeException e) {
            throw RodnikProcess.withLogTails(e, nodeA, nodeB, production);
        } finally {
            for (RodnikProcess process : new RodnikProcess[] {nodeA, nodeB, production}) {
                if (process != null) {
                    process.close();
                }
            }
            for (Path dataDir : List.of(dataDirA, dataDirB, dataDirProduction)) {
                RodnikProcess.deleteDataDir(dataDir);
            }
        }
    }

    private static Map<String, String> externalDatabase(Path dataDir) {
        Map<String, String> env = new HashMap<>();
        env.put("RODNIK_DATA_DIR", dataDir.toString());
        env.put("RODNIK_DB_URL", "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE);
        env.put("RODNIK_DB_USER", "postgres");
        env.put("RODNIK_DB_PASSWORD", "");
        return env;
    }

    private static long queryLong(String sql) throws SQLException {
        try (Connection connection = postgres.getDatabase("postgres", DATABASE).getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            assertThat(rows.next()).isTrue();
            return rows.getLong(1);
        }
    }
}
