package ru.rodnik.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.rodnik.support.DemoAccounts;
import ru.rodnik.support.RodnikIntegrationTest;

/**
 * The closed loop: a teacher reports from a phone, the family centre's screener sees the signal in the queue with its
 * deadline and opens a case, and the teacher sees that the report was taken into work.
 */
@RodnikIntegrationTest
@ExtendWith(BrowserExtension.class)
class SignalBrowserIT {

    private static final UiTexts RU = UiTexts.RUSSIAN;

    private Browser browser;

    @LocalServerPort
    private int port;

    @Test
    void aReportFromAPhoneIsScreenedAndTheReporterSeesItTakenIntoWork() {
        browser.resize(390, 844);
        signIn("reporter");
        browser.clickAndWaitForPage(By.linkText(RU.text("menu.newSignal")));
        assertThat(browser.scrollsSideways())
                .as("the form fits a phone's width")
                .isFalse();
        browser.check(By.cssSelector("input[name=indicators][value=SCHOOL_ABSENCE_LONG]"));
        browser.type(By.id("description"), "Не посещает школу с понедельника, на звонки мать не отвечает.");
        browser.type(By.id("subjects[0].lastName"), "Лазурин");
        browser.type(By.id("subjects[0].firstName"), "Тихон");
        browser.setValue(By.id("subjects[0].birthDate"), "2016-05-12");
        browser.type(By.id("subjects[1].lastName"), "Лазурина");
        browser.type(By.id("subjects[1].firstName"), "Вера");
        browser.find(By.id("add-subject")).click();
        browser.find(By.id("subjects[3].lastName"));
        browser.selectByText(By.id("territoryCode"), "город Новосибирск");
        browser.type(By.id("addressText"), "ул. Титова, д. 9, кв. 4");
        browser.type(By.id("contactPhone"), "+7 913 000-00-00");
        browser.clickAndWaitForPage(By.cssSelector("[data-testid=signal-form] button[type=submit]"));

        assertThat(browser.find(By.cssSelector(".alert.success")).getText()).isEqualTo(RU.text("signal.sent"));
        assertThat(browser.find(By.cssSelector("[data-testid=status]")).getText())
                .isEqualTo(RU.text("signal.status.RECEIVED"));
        String signal = browser.currentUrl().substring(browser.currentUrl().lastIndexOf('/') + 1);

        browser.resize(1280, 900);
        signIn("screener");
        browser.clickAndWaitForPage(By.linkText(RU.text("menu.screening")));
        By row = By.cssSelector("tr[data-signal='" + signal + "']");
        assertThat(browser.find(row).findElement(By.cssSelector(".timer")).getText())
                .startsWith("осталось");
        browser.clickAndWaitForPage(By.cssSelector("tr[data-signal='" + signal + "'] a[data-testid=due]"));
        assertThat(browser.find(By.cssSelector("main")).getText()).contains("Лазурин Тихон");
        browser.check(By.cssSelector("input[name=decision][value=OPEN_CASE]"));
        browser.clickAndWaitForPage(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.find(By.cssSelector(".alert.info")).getText())
                .isEqualTo(RU.text("screening.decided.OPEN_CASE"));
        assertThat(browser.isPresent(row))
                .as("a decided signal leaves the queue")
                .isFalse();

        browser.resize(390, 844);
        signIn("reporter");
        browser.clickAndWaitForPage(By.linkText(RU.text("menu.mySignals")));
        browser.waitUntil(
                "the report's status",
                ExpectedConditions.textToBe(
                        By.cssSelector("tr:has(a[href$='" + signal + "']) [data-testid=status]"),
                        RU.text("signal.status.IN_WORK")));
    }

    private void signIn(String user) {
        browser.signInAfresh("http://localhost:" + port, user, DemoAccounts.PASSWORD);
    }
}
