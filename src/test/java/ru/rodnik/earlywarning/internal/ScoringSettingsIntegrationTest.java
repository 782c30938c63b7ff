package ru.rodnik.earlywarning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.rodnik.directory.OrganisationKind;
import ru.rodnik.earlywarning.ScoringParameters;
import ru.rodnik.intake.SignalJoinedFamily;
import ru.rodnik.intake.Urgency;
import ru.rodnik.registry.FamilyId;
import ru.rodnik.registry.FamilyRole;
import ru.rodnik.registry.PersonDetails;
import ru.rodnik.registry.PersonId;
import ru.rodnik.registry.Registry;
import ru.rodnik.registry.Sex;
import ru.rodnik.support.DemoAccounts;
import ru.rodnik.support.Eventually;
import ru.rodnik.support.RodnikIntegrationTest;
import ru.rodnik.support.WebSession;

/**
 * The administrator sets the region's early-warning parameters on a form; the region's families are scored again
 * with them at once. Works on the demo region (the administrator's) and leaves it with the defaults.
 */
@RodnikIntegrationTest
class ScoringSettingsIntegrationTest {

    private static final String DEMO_REGION = "50000000";

    @LocalServerPort
    int port;

    @Autowired
    ScoringParametersRepository parameters;

    @Autowired
    FamilyWarningRepository warnings;

    @Autowired
    FamilyScoring scoring;

    @Autowired
    Registry registry;

    @Autowired
    JdbcClient jdbc;

    /** The region's families are left scored as the defaults score them, for the tests that run after these. */
    @AfterEach
    void backToTheDefaults() {
        parameters.reset(DEMO_REGION);
        Eventually.holds(
                "every rescoring of the region has completed",
                () -> jdbc.sql("""
                                select count(*) from event_publication
                                where event_type like '%ScoringParametersChanged' and completion_date is null
                                """).query(Long.class).single() == 0);
    }

    @Test
    void theFormRefusesNonsenseFieldByFieldAndSavesNothing() {
        WebSession admin = admin();
        Map<String, String> form = defaults();
        form.put("threshold", "десять");
        form.put("halfLifeDays", "0");
        form.put("repeatCount", "1");
        form.put("repeatPoints", "2.555");
        form.put("multiAgencyWindowDays", "400");

        HttpResponse<String> refused = admin.post("/admin/early-warning", form);

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body())
                .contains("id=\"threshold-error\"")
                .contains("id=\"halfLifeDays-error\"")
                .contains("id=\"repeatCount-error\"")
                .contains("id=\"repeatPoints-error\"")
                .contains("id=\"multiAgencyWindowDays-error\"")
                .doesNotContain("id=\"windowDays-error\"")
                .contains("Целое число от 2 до 100")
                .contains("не больше двух знаков после запятой")
                .contains("Не больше учитываемого периода (365 дн.)")
                .contains("value=\"десять\"");
        assertThat(parameters.set(DEMO_REGION)).isEmpty();
    }

    @Test
    void theAdministratorSetsTheParametersAndReturnsToTheDefaults() {
        WebSession admin = admin();
        Map<String, String> form = defaults();
        form.put("threshold", "7,5");
        form.put("halfLifeDays", "30");

        HttpResponse<String> saved = admin.post("/admin/early-warning", form);

        assertThat(saved.statusCode()).isEqualTo(302);
        ScoringParameters set = new ScoringParameters(30, 365, 7.5, 90, 3, 30, 3, 3, 90, 2, 30);
        assertThat(parameters.set(DEMO_REGION)).contains(set);
        assertThat(admin.get("/admin/early-warning").body())
                .contains("value=\"7.5\"")
                .contains("По умолчанию: 10");
        assertThat(audited(set.toString())).isEqualTo(1);

        assertThat(admin.post("/admin/early-warning/defaults", Map.of()).statusCode())
                .isEqualTo(302);

        assertThat(parameters.set(DEMO_REGION)).isEmpty();
        assertThat(admin.get("/admin/early-warning").body()).contains("Сейчас действуют значения по умолчанию");
    }

    @Test
    void aLowerThresholdFlagsTheRegionsFamiliesAtOnceAndTheDefaultsUnflagThem() {
        FamilyId family = family();
        scoring.signalJoined(new SignalJoinedFamily(
                UUID.randomUUID(),
                DEMO_REGION,
                family,
                UUID.randomUUID(),
                OrganisationKind.SCHOOL,
                Urgency.STANDARD,
                Instant.now(),
                List.of(EarlyWarningIntegrationTest.ABSENCE)));
        assertThat(warnings.current(family).orElseThrow().flagged()).isFalse();
        WebSession admin = admin();
        Map<String, String> form = defaults();
        form.put("threshold", "3");

        assertThat(admin.post("/admin/early-warning", form).statusCode()).isEqualTo(302);

        Eventually.holds(
                "the family is flagged under the new threshold",
                () -> warnings.current(family).orElseThrow().flagged());
        assertThat(warnings.current(family)
                        .orElseThrow()
                        .explanation()
                        .parameters()
                        .threshold())
                .isEqualTo(3);

        assertThat(admin.post("/admin/early-warning/defaults", Map.of()).statusCode())
                .isEqualTo(302);

        Eventually.holds(
                "the family is no longer flagged under the default threshold",
                () -> !warnings.current(family).orElseThrow().flagged());
    }

    @Test
    void onlyTheAdministratorOpensTheForm() {
        WebSession screener = WebSession.on(port);
        screener.login("screener", DemoAccounts.PASSWORD);

        assertThat(screener.get("/admin/early-warning").statusCode()).isEqualTo(403);
        assertThat(screener.post("/admin/early-warning/defaults", Map.of()).statusCode())
                .isEqualTo(403);
    }

    private WebSession admin() {
        WebSession admin = WebSession.on(port);
        admin.login("admin", DemoAccounts.PASSWORD);
        admin.get("/admin/early-warning");
        return admin;
    }

    private static Map<String, String> defaults() {
        return new HashMap<>(ScoringSettingsPages.values(ScoringParameters.DEFAULTS));
    }

    private long audited(String details) {
        return jdbc.sql("""
                        select count(*) from audit_event
                        where action = 'UPDATE' and subject_type = 'WARNING_PARAMETERS' and subject_id = :region
                          and details = :details
                        """)
                .param("region", DEMO_REGION)
                .param("details", details)
                .query(Long.class)
                .single();
    }

    private FamilyId family() {
        String surname =
                "Порогова" + UUID.randomUUID().toString().substring(0, 4).replaceAll("[0-9]", "");
        PersonId child = registry.registerPerson(
                DEMO_REGION,
                new PersonDetails(surname, "Вера", null, LocalDate.of(2016, 5, 9), Sex.F, null, null, null));
        FamilyId id = registry.registerFamily(DEMO_REGION, null, null);
        registry.addMember(id, child, FamilyRole.CHILD, null);
        return id;
    }
}
