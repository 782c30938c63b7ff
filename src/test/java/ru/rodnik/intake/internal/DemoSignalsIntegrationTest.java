package ru.rodnik.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.rodnik.support.DemoAccounts;
import ru.rodnik.support.Eventually;
import ru.rodnik.support.RodnikIntegrationTest;
import ru.rodnik.support.WebSession;

/** The demo region starts with partner agencies' signals about its families, screened and scored like any other. */
@RodnikIntegrationTest
class DemoSignalsIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoSignals demo;

    @Test
    void agenciesHaveReportedAboutDemoFamiliesAndTheSignalsJoinedThem() {
        List<Map<String, Object>> signals = jdbc.sql("""
                        select s.id, s.family_id, s.family_centre_id,
                               (select count(*) from family_member m where m.family_id = s.family_id) as members
                        from signal s where s.idempotency_key like 'demo-%'""").query().listOfRows();

        // 24 families by six patterns of one to three agencies: 4 × (1 + 2 + 1 + 1 + 3 + 1).
        assertThat(signals).hasSize(36);
        assertThat(signals)
                .allSatisfy(signal -> assertThat(signal.get("family_centre_id")).isNotNull());
        long joinedKnownFamilies = signals.stream()
                .filter(signal -> signal.get("family_id") != null && ((Number) signal.get("members")).intValue() >= 2)
                .count();
        assertThat(joinedKnownFamilies)
                .as("signals joined to the demo registry's families")
                .isGreaterThanOrEqualTo(32);
    }

    @Test
    void aSecondStartReportsNothingAgain() {
        long before = demoSignals();

        demo.run(null);

        assertThat(demoSignals()).isEqualTo(before);
    }

    @Test
    void theScreenerHasAQueueAndFamiliesSeenByTwoAgenciesNeedAttention() {
        WebSession screener = WebSession.on(port);
        screener.login("screener", DemoAccounts.PASSWORD);

        assertThat(screener.get("/screening").body()).contains("data-signal=");
        UUID flaggedFamily = jdbc.sql("""
                        select family_id from signal where idempotency_key like 'demo-1-%' and family_id is not null
                        limit 1""").query(UUID.class).single();
        Eventually.holds(
                "the demo family seen by the school and the clinic on the attention list",
                () -> screener.get("/attention").body().contains(flaggedFamily.toString()));
    }

    private long demoSignals() {
        return jdbc.sql("select count(*) from signal where idempotency_key like 'demo-%'")
                .query(Long.class)
                .single();
    }
}
