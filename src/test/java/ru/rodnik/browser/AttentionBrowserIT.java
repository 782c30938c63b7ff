package ru.rodnik.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import ru.rodnik.directory.OrganisationKind;
import ru.rodnik.intake.ReportedIndicator;
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

/** On a phone, a screener opens the "needs attention" list from the menu and reads why a family is on it. */
@RodnikIntegrationTest
@ExtendWith(BrowserExtension.class)
class AttentionBrowserIT {

    private static final UiTexts RU = UiTexts.RUSSIAN;
    private static final String REGION = "50000000";

    private Browser browser;

    @LocalServerPort
    private int port;

    @Autowired
    Registry registry;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aScreenerReadsTheListAndAFamilysHistoryOnAPhone() {
        FamilyId family = familyWithSignalsFromPoliceAndHotline();
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        try {
            browser.signInAfresh(url(""), "screener", DemoAccounts.PASSWORD);

            browser.clickAndWaitForPage(By.linkText(RU.text("menu.attention")));
            String card = "ol.attention li[data-family='" + family + "']";
            assertThat(browser.find(By.cssSelector(card + " h2 a")).getText()).contains("Звонарёва Дарья");
            assertThat(browser.findAll(By.cssSelector(card + " .agencies .badge")))
                    .extracting(badge -> badge.getText())
                    .containsExactlyInAnyOrder(
                            RU.text("organisation.kind.POLICE"), RU.text("organisation.kind.HOTLINE"));
            assertThat(browser.find(By.cssSelector(card + " ul.rules li[data-rule=MULTI_AGENCY]"))
                            .getText())
                    .contains(RU.text("organisation.kind.POLICE"));
            assertNoSidewaysScrolling();

            browser.clickAndWaitForPage(By.cssSelector(card + " .links a[href$='/attention/families/" + family + "']"));
            assertThat(browser.find(By.cssSelector("main h1")).getText()).isEqualTo(RU.text("attention.history.title"));
            assertThat(browser.find(By.cssSelector("svg.score-chart")).getSize().getWidth())
                    .isLessThanOrEqualTo(390);
            assertThat(browser.findAll(By.cssSelector("ol.changes > li"))).hasSize(2);
            assertNoSidewaysScrolling();
        } finally {
            browser.driver().manage().window().setSize(new Dimension(1280, 900));
        }
    }

    private void assertNoSidewaysScrolling() {
        Object overflow = ((JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(((Number) overflow).intValue())
                .as("the page is wider than the phone by")
                .isLessThanOrEqualTo(0);
    }

    private FamilyId familyWithSignalsFromPoliceAndHotline() {
        PersonId child = registry.registerPerson(
                REGION,
                new PersonDetails("Звонарёва", "Дарья", "Олеговна", LocalDate.of(2018, 6, 3), Sex.F, null, null, null));
        FamilyId family = registry.registerFamily(REGION, null, null);
        registry.addMember(family, child, FamilyRole.CHILD, null);
        Instant now = Instant.now();
        publish(family, OrganisationKind.POLICE, now.minus(Duration.ofDays(6)), indicator("DOMESTIC_VIOLENCE_CALL", 7));
        publish(family, OrganisationKind.HOTLINE, now.minus(Duration.ofDays(1)), indicator("CHILD_CALLED_HELPLINE", 5));
        Eventually.holds(
                "both signals scored",
                () -> jdbc.sql("select count(*) from family_warning_history where family_id = :family")
                                .param("family", family.value())
                                .query(Long.class)
                                .single()
                        == 2);
        return family;
    }

    private void publish(FamilyId family, OrganisationKind agency, Instant at, ReportedIndicator indicator) {
        var event = new SignalJoinedFamily(
                UUID.randomUUID(), REGION, family, UUID.randomUUID(), agency, Urgency.STANDARD, at, List.of(indicator));
        new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(event));
    }

    private static ReportedIndicator indicator(String code, int weight) {
        return new ReportedIndicator(code, "POLICE", weight, false, "Признак " + code, "Indicator " + code);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
