package ru.rodnik.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.rodnik.support.DemoAccounts;
import ru.rodnik.support.RodnikIntegrationTest;

/** A reporter uploads a file on the upload page; htmx sends it, and the report appears when the rows are done. */
@RodnikIntegrationTest
@ExtendWith(BrowserExtension.class)
class SignalImportBrowserIT {

    private static final UiTexts RU = UiTexts.RUSSIAN;

    private Browser browser;

    @LocalServerPort
    private int port;

    @Test
    void aReporterUploadsAFileAndSeesWhichRowsWereRejected() throws IOException {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Path file = Files.createTempFile("signals-", ".csv");
        Files.writeString(
                file,
                "indicators;territoryCode;subject1_role;subject1_lastName;subject1_firstName;subject1_birthDate;"
                        + "description\n"
                        + "SCHOOL_ABSENCE_LONG;50701000;CHILD;Браузерова;Ольга;01.02.2016;" + run + "\n"
                        + "SCHOOL_ABSENCE_LONG;50701000;CHILD;Браузерова;Ольга;31.02.2016;" + run + "\n",
                StandardCharsets.UTF_8);

        browser.open(url("/login"));
        browser.clearCookies();
        browser.open(url("/login"));
        browser.type(By.id("username"), "reporter");
        browser.type(By.id("password"), DemoAccounts.PASSWORD);
        browser.clickAndWaitForPage(By.cssSelector("main form button[type=submit]"));
        browser.clickAndWaitForPage(By.cssSelector("main a.tile[href='/signals/import']"));
        assertThat(browser.find(By.cssSelector("main h1")).getText()).isEqualTo(RU.text("import.title"));

        browser.find(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        browser.find(By.cssSelector("[data-testid=import-form] button[type=submit]"))
                .click();

        browser.waitUntil(
                "the import to finish",
                ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("[data-testid=import-report][data-status=DONE]")));
        assertThat(browser.currentUrl()).matches(".*/signals/import/[0-9a-f-]{36}");
        assertThat(browser.find(By.cssSelector("[data-testid=accepted]")).getText())
                .isEqualTo("1");
        assertThat(browser.find(By.cssSelector("[data-testid=import-errors] tbody tr"))
                        .getText())
                .contains("3")
                .contains("subject1_birthDate")
                .contains(RU.text("intake.import.birthDate.format"));
        Files.delete(file);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
