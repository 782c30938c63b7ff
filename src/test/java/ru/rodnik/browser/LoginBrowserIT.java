package ru.rodnik.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.rodnik.support.DemoAccounts;
import ru.rodnik.support.RodnikIntegrationTest;

/** Signing in and out, wrong passwords, locking and unlocking, and the language switch, in a real browser. */
@RodnikIntegrationTest
@ExtendWith(BrowserExtension.class)
class LoginBrowserIT {

    private static final UiTexts RU = UiTexts.RUSSIAN;
    private static final UiTexts EN = UiTexts.ENGLISH;

    private static final By USERNAME = By.id("username");
    private static final By PASSWORD = By.id("password");
    private static final By SUBMIT = By.cssSelector("main form button[type=submit]");
    private static final By HEADING = By.cssSelector("main h1");
    private static final By LOGIN_ERROR = By.cssSelector("[data-testid=login-error]");
    private static final By LOGIN_LOCKED = By.cssSelector("[data-testid=login-locked]");
    private static final By STATUS = By.cssSelector("main .alert[role=status]");
    private static final By CURRENT_USER = By.cssSelector("[data-testid=current-user]");

    private Browser browser;

    @LocalServerPort
    private int port;

    @BeforeEach
    void startSignedOutInRussian() {
        // One browser serves the whole class, so a test must not inherit the previous one's session or language.
        browser.open(url("/login"));
        browser.clearCookies();
        // Reloaded so that the form carries a CSRF token of the new session, not of the forgotten one.
        browser.open(url("/login"));
    }

    static Stream<String> demoUsernames() {
        return DemoAccounts.ROLE_OF.keySet().stream().sorted();
    }

    @ParameterizedTest(name = "{0} signs in, sees the Russian home page of the role and signs out")
    @MethodSource("demoUsernames")
    void eachDemoRoleSignsInToItsRussianHomePageAndSignsOut(String username) {
        String role = DemoAccounts.ROLE_OF.get(username);

        signIn(username, DemoAccounts.PASSWORD);

        assertThat(browser.currentUrl()).isEqualTo(url("/"));
        assertThat(browser.language()).isEqualTo("ru");
        String greeting = browser.find(HEADING).getText();
        assertThat(greeting).startsWith("Здравствуйте");
        // The greeting names whoever the header says is signed in, not a placeholder.
        assertThat(greeting)
                .isEqualTo(RU.text("home.greeting", browser.find(CURRENT_USER).getText()));
        assertThat(browser.find(By.cssSelector("main section[data-role='" + role + "'] h2"))
                        .getText())
                .isEqualTo(RU.text("role." + role));

        signOut();

        assertThat(browser.currentUrl()).isEqualTo(url("/login?logout"));
        assertThat(browser.find(STATUS).getText()).isEqualTo(RU.text("login.loggedOut"));
        assertThat(browser.find(HEADING).getText()).isEqualTo(RU.text("login.title"));
        // Signed out for real: the home page sends the browser back to the login form.
        browser.open(url("/"));
        assertThat(browser.currentUrl()).isEqualTo(url("/login"));
        assertThat(browser.isPresent(CURRENT_USER)).isFalse();
    }

    @Test
    void aWrongPasswordShowsTheRussianErrorOnTheLoginPage() {
        assertThat(browser.isPresent(LOGIN_ERROR))
                .as("no error before any attempt")
                .isFalse();

        signIn("reporter", "not-the-password");

        assertThat(browser.find(LOGIN_ERROR).getText()).isEqualTo(RU.text("login.error"));
        assertThat(browser.currentUrl()).isEqualTo(url("/login?error"));
        assertThat(browser.language()).isEqualTo("ru");
        assertThat(browser.isPresent(CURRENT_USER)).isFalse();

        // One typo does not lock the account; this sign-in also resets the shared demo account's failure count.
        signIn("reporter", DemoAccounts.PASSWORD);
        assertThat(browser.currentUrl()).isEqualTo(url("/"));
        signOut();
    }

    @Test
    void sixWrongPasswordsLockANewUserUntilAnAdministratorUnlocksIt() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String username = "lock.test." + suffix;
        String displayName = "Проверкина Блокировка " + suffix;
        String password = "Lock-test-" + suffix;

        signIn("admin", DemoAccounts.PASSWORD);
        browser.open(url("/admin/users/new"));
        browser.type(By.id("displayName"), displayName);
        browser.selectByIndex(By.id("organisationId"), 1);
        browser.check(By.cssSelector("input[name=roles][value=REPORTER]"));
        browser.type(PASSWORD, password);
        browser.clickAndWaitForPage(SUBMIT);

        // The form comes back with the reason beside the field and keeps what was typed, except the password.
        assertThat(browser.find(By.id("username-error")).getText())
                .isEqualTo(RU.text("directory.user.username.required"));
        assertThat(browser.find(USERNAME).getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.find(USERNAME).getDomAttribute("aria-describedby")).isEqualTo("username-error");
        assertThat(browser.find(By.cssSelector("main .alert[role=alert]")).getText())
                .isEqualTo(RU.text("form.hasErrors"));
        assertThat(browser.find(By.id("displayName")).getDomProperty("value")).isEqualTo(displayName);
        assertThat(browser.find(PASSWORD).getDomProperty("value")).isEmpty();
        assertThat(browser.isPresent(By.id("displayName-error"))).isFalse();
        assertThat(browser.isPresent(By.id("password-error"))).isFalse();

        browser.inNewTab(url("/admin/users"), () -> {
            // The list is really there (the admin's own row), so a missing row means nothing was saved.
            browser.find(By.cssSelector("tr[data-username=admin]"));
            assertThat(browser.findAll(By.xpath("//td[normalize-space()='" + displayName + "']")))
                    .as("users saved with the display name %s", displayName)
                    .isEmpty();
        });

        browser.type(USERNAME, username);
        browser.type(PASSWORD, password);
        browser.clickAndWaitForPage(SUBMIT);
        assertThat(browser.find(STATUS).getText()).isEqualTo(RU.text("form.saved"));
        assertThat(browser.find(By.cssSelector("main h1 code")).getText()).isEqualTo(username);
        String userPage = browser.currentUrl();
        signOut();

        for (int attempt = 1; attempt <= 5; attempt++) {
            signIn(username, "wrong-password-" + attempt);
            assertThat(browser.find(LOGIN_ERROR).getText())
                    .as("attempt %d", attempt)
                    .isEqualTo(RU.text("login.error"));
            assertThat(browser.isPresent(LOGIN_LOCKED))
                    .as("locked after attempt %d", attempt)
                    .isFalse();
        }
        // rodnik.security.lock-after-failed-logins: the sixth wrong password in a row locks the account.
        signIn(username, "wrong-password-6");
        assertThat(browser.find(LOGIN_LOCKED).getText()).isEqualTo(RU.text("login.locked"));
        assertThat(browser.isPresent(LOGIN_ERROR)).isFalse();

        signIn(username, password);
        assertThat(browser.currentUrl()).isEqualTo(url("/login?locked"));
        assertThat(browser.find(LOGIN_LOCKED).getText()).isEqualTo(RU.text("login.locked"));
        assertThat(browser.isPresent(CURRENT_USER)).isFalse();

        signIn("admin", DemoAccounts.PASSWORD);
        browser.open(url("/admin/users"));
        assertThat(browser.find(By.cssSelector("tr[data-username='" + username + "']"))
                        .getText())
                .contains(RU.text("users.locked"));
        browser.open(userPage);
        assertThat(sectionHeadings()).contains(RU.text("users.locked.title"));
        browser.clickAndWaitForPage(buttonNamed(RU.text("users.unlock")));
        assertThat(browser.find(STATUS).getText()).isEqualTo(RU.text("users.unlocked"));
        assertThat(sectionHeadings()).doesNotContain(RU.text("users.locked.title"));
        assertThat(browser.isPresent(buttonNamed(RU.text("users.unlock")))).isFalse();
        signOut();

        signIn(username, password);
        assertThat(browser.currentUrl()).isEqualTo(url("/"));
        assertThat(browser.find(CURRENT_USER).getText()).isEqualTo(displayName);
        assertThat(browser.find(By.cssSelector("main section[data-role=REPORTER] h2"))
                        .getText())
                .isEqualTo(RU.text("role.REPORTER"));
        signOut();
    }

    @Test
    void theEnLinkSwitchesTheLoginPageToEnglish() {
        browser.open(url("/login"));
        assertThat(browser.find(HEADING).getText()).isEqualTo(RU.text("login.title"));

        browser.clickAndWaitForPage(By.cssSelector("header .lang a[lang=en]"));

        assertThat(browser.find(HEADING).getText())
                .isEqualTo(EN.text("login.title"))
                .isEqualTo("Sign in");
        assertThat(browser.language()).isEqualTo(Locale.ENGLISH.getLanguage());
        assertThat(browser.find(SUBMIT).getText()).isEqualTo(EN.text("login.submit"));
        // The choice is remembered: the next page is English without the parameter.
        browser.open(url("/login"));
        assertThat(browser.find(HEADING).getText()).isEqualTo(EN.text("login.title"));
    }

    private void signIn(String username, String password) {
        if (!browser.currentUrl().startsWith(url("/login"))) {
            browser.open(url("/login"));
        }
        browser.type(USERNAME, username);
        browser.type(PASSWORD, password);
        browser.clickAndWaitForPage(SUBMIT);
    }

    private void signOut() {
        browser.clickAndWaitForPage(buttonNamed(RU.text("layout.logout")));
        browser.waitUntil("the login page", ExpectedConditions.urlToBe(url("/login?logout")));
    }

    private List<String> sectionHeadings() {
        return browser.findAll(By.cssSelector("main section h2")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private static By buttonNamed(String text) {
        return By.xpath("//button[normalize-space()='" + text + "']");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
