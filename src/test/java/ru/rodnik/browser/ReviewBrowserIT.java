package ru.rodnik.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.rodnik.linkage.LinkStatus;
import ru.rodnik.linkage.Linkage;
import ru.rodnik.linkage.Subject;
import ru.rodnik.linkage.SubjectLink;
import ru.rodnik.registry.FamilyRole;
import ru.rodnik.registry.PersonDetails;
import ru.rodnik.registry.Sex;
import ru.rodnik.support.DemoAccounts;
import ru.rodnik.support.RodnikIntegrationTest;

/** A screener finds a person under a misspelt name and settles a subject the engine could not place. */
@RodnikIntegrationTest
@ExtendWith(BrowserExtension.class)
class ReviewBrowserIT {

    private static final UiTexts RU = UiTexts.RUSSIAN;
    private static final String REGION = "50000000";
    private static final LocalDate BIRTH_DATE = LocalDate.of(2015, 7, 21);

    private Browser browser;

    @LocalServerPort
    private int port;

    @Autowired
    Linkage linkage;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aScreenerFindsAPersonByAMisspeltNameAndConfirmsAReviewItem() {
        SubjectLink known = link("Белоусова", "Евгения", "Тимуровна", "school-browser-1");
        assertThat(known.status()).isEqualTo(LinkStatus.NEW_PERSON);
        // The same girl under another surname (a step-father's, say): same first name, patronymic and birth date.
        SubjectLink unclear = link("Сорокина", "Евгения", "Тимуровна", "clinic-browser-1");
        assertThat(unclear.status())
                .as("precondition: the engine asks a screener")
                .isEqualTo(LinkStatus.NEEDS_REVIEW);

        browser.signInAfresh(url(""), "screener", DemoAccounts.PASSWORD);

        browser.clickAndWaitForPage(By.linkText(RU.text("menu.persons")));
        browser.type(By.id("q"), "Белоусва Евгенья");
        browser.clickAndWaitForPage(By.cssSelector("main form[role=search] button[type=submit]"));
        assertThat(browser.find(By.cssSelector("[data-testid=person-hits] tbody tr:first-child td a"))
                        .getText())
                .isEqualTo("Белоусова Евгения Тимуровна");
        browser.clickAndWaitForPage(By.linkText("Белоусова Евгения Тимуровна"));
        assertThat(browser.find(By.cssSelector("main h1")).getText()).isEqualTo("Белоусова Евгения Тимуровна");

        browser.clickAndWaitForPage(By.linkText(RU.text("menu.reviews")));
        browser.clickAndWaitForPage(By.partialLinkText("Сорокина Евгения"));
        assertThat(browser.find(By.cssSelector("[data-testid=subject-name]")).getText())
                .startsWith("Сорокина Евгения");
        String candidate = "main section.candidate[data-person='" + known.person() + "']";
        assertThat(browser.find(By.cssSelector(candidate + " dd a")).getText())
                .isEqualTo("Белоусова Евгения Тимуровна");
        // The reasons are on the page: the birth date speaks for, the surname against.
        assertThat(browser.findAll(By.cssSelector(candidate + " table.evidence tr.agree")))
                .isNotEmpty();
        assertThat(browser.findAll(By.cssSelector(candidate + " table.evidence tr.disagree")))
                .isNotEmpty();

        browser.clickAndWaitForPage(By.cssSelector(candidate + " form button[type=submit]"));

        assertThat(browser.find(By.cssSelector("main .alert[role=status]")).getText())
                .isEqualTo(RU.text("reviews.resolved.confirmed"));
        assertThat(browser.isPresent(By.partialLinkText("Сорокина Евгения"))).isFalse();
        assertThat(jdbc.sql("select outcome, person_id::text, reviewed_by from match_decision where id = :id")
                        .param("id", unclear.decisionId())
                        .query()
                        .singleRow())
                .containsEntry("outcome", "CONFIRMED")
                .containsEntry("person_id", known.person().toString())
                .containsEntry("reviewed_by", "screener");
    }

    private SubjectLink link(String lastName, String firstName, String patronymic, String ref) {
        var details = new PersonDetails(lastName, firstName, patronymic, BIRTH_DATE, Sex.F, null, null, null);
        var subject = new Subject(FamilyRole.CHILD, details, "50701000", null);
        return linkage.link(REGION, List.of(subject), "BROWSER_TEST", ref).get(0);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
