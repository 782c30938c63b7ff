package ru.rodnik.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import ru.rodnik.directory.WorkingCalendar;
import ru.rodnik.support.WebSession;

/** A production start on an empty database: no demo data, and one administrator to begin with. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "rodnik.data-dir=target/test-db/production-${random.uuid}",
            "rodnik.initial-admin.password=first-admin-password",
            "rodnik.initial-admin.region-code=01000000",
            "rodnik.initial-admin.region-name=Республика Проверочная",
            "rodnik.initial-admin.region-time-zone=Asia/Yekaterinburg"
        })
@ActiveProfiles("production")
class InitialAdministratorIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    InitialAdministrator initialAdministrator;

    @Autowired
    WorkingCalendar workingCalendar;

    @LocalServerPort
    int port;

    @Test
    void createsTheRegionAndOneAdministratorAndNoDemoData() {
        assertThat(jdbc.sql("select count(*) from app_user").query(Long.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from app_user where demo")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from api_client").query(Long.class).single())
                .isZero();
        assertThat(jdbc.sql("select name from territory").query(String.class).list())
                .containsExactly("Республика Проверочная");
        assertThat(workingCalendar.zoneOf("01000000")).isEqualTo(ZoneId.of("Asia/Yekaterinburg"));

        WebSession admin = WebSession.on(port);
        assertThat(admin.login("admin", "first-admin-password").headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("/login"));
        assertThat(admin.get("/admin/users").statusCode()).isEqualTo(200);
        assertThat(WebSession.on(port).login("admin", "rodnik-demo").headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
    }

    @Test
    void runsOnlyOnceWhateverTheRestarts() {
        initialAdministrator.run(null);
        assertThat(jdbc.sql("select count(*) from app_user").query(Long.class).single())
                .isEqualTo(1);
    }
}
