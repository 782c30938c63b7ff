package ru.rodnik.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.PageLoadStrategy;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian chromium driven through Debian's chromedriver, for browser tests against a running Rodnik.
 * A test class gets one from {@link BrowserExtension}, which starts it before the class's first test and closes it
 * after the last: a browser start costs seconds, a page costs milliseconds.
 *
 * <p>Every lookup waits explicitly (up to {@link #WAIT}) instead of polling with sleeps, and a wait that runs out
 * fails with the page's address and visible text, so that a red CI run says what the browser saw.
 */
final class Browser implements AutoCloseable {

    /** Generous: CI and other builds share two cores, and the first page of a fresh JVM compiles templates. */
    static final Duration WAIT = Duration.ofSeconds(20);

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
        // An element found while its page is being replaced goes stale: look again rather than fail.
        this.wait = new WebDriverWait(driver, WAIT);
        this.wait.ignoring(StaleElementReferenceException.class);
    }

    static Browser start() {
        // A missing browser must turn the build red, not skip: a skipped browser suite looks like a green one.
        requireExecutable(CHROMIUM, "chromium");
        requireExecutable(CHROMEDRIVER, "chromium-driver");
        Path profile;
        try {
            profile = Files.createTempDirectory("rodnik-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.setPageLoadStrategy(PageLoadStrategy.NORMAL);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--window-size=1280,900",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--lang=ru-RU",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        try {
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().implicitlyWait(Duration.ZERO);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            return new Browser(driver, profile);
        } catch (RuntimeException e) {
            service.stop();
            deleteQuietly(profile);
            throw e;
        }
    }

    WebDriver driver() {
        return driver;
    }

    /** Opens an absolute address and waits until the page has loaded. */
    void open(String url) {
        driver.get(url);
        waitUntil("the page to load", documentComplete());
    }

    /** The first visible element that matches, waiting for it to appear. */
    WebElement find(By locator) {
        return waitUntil("a visible " + locator, ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Every element that matches on the page as it is now; an empty list proves absence on a loaded page. */
    List<WebElement> findAll(By locator) {
        return driver.findElements(locator);
    }

    boolean isPresent(By locator) {
        return !driver.findElements(locator).isEmpty();
    }

    /**
     * Signs in through the login form of the application at {@code baseUrl} as a new session: the previous test's
     * session and language are forgotten first, and the form is reloaded so that it carries the new session's CSRF
     * token.
     */
    void signInAfresh(String baseUrl, String username, String password) {
        open(baseUrl + "/login");
        clearCookies();
        open(baseUrl + "/login");
        type(By.id("username"), username);
        type(By.id("password"), password);
        clickAndWaitForPage(By.cssSelector("main form button[type=submit]"));
    }

    /** Replaces whatever the field holds with the given text. */
    void type(By field, String text) {
        WebElement input = find(field);
        input.clear();
        input.sendKeys(text);
    }

    /** Sets a field's value as a date picker would (typing into a date input depends on the browser's locale). */
    void setValue(By field, String value) {
        driver.executeScript("arguments[0].value = arguments[1];", find(field), value);
    }

    /** The size of the window, e.g. a phone's 390 × 844. */
    void resize(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
    }

    /** Whether the page is wider than the window, i.e. needs sideways scrolling. */
    boolean scrollsSideways() {
        Object wider = driver.executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
        return Boolean.TRUE.equals(wider);
    }

    void selectByText(By select, String text) {
        new Select(find(select)).selectByVisibleText(text);
    }

    void selectByIndex(By select, int index) {
        new Select(find(select)).selectByIndex(index);
    }

    void check(By checkbox) {
        WebElement box = find(checkbox);
        if (!box.isSelected()) {
            box.click();
        }
    }

    /**
     * Clicks something that loads another page (a link, a submit button) and waits until that page has replaced
     * this one. Waiting for the old document to go stale also covers a form that answers with itself.
     */
    void clickAndWaitForPage(By target) {
        WebElement element = find(target);
        WebElement oldPage = driver.findElement(By.tagName("html"));
        element.click();
        waitUntil("the page after clicking " + target + " to replace this one", replaced(oldPage));
        waitUntil("the page to load", documentComplete());
    }

    /**
     * Whether the element's document is gone. Chromium sometimes answers a question about an element of a document
     * being torn down not with "stale element" but with an inspector error ("Node with given id does not belong to
     * the document"); both mean the page was replaced.
     */
    private static ExpectedCondition<Boolean> replaced(WebElement oldPage) {
        return driver -> {
            try {
                oldPage.isEnabled();
                return false;
            } catch (StaleElementReferenceException e) {
                return true;
            } catch (WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        };
    }

    /**
     * Looks at another page in a second tab and comes back, so that the page in the first tab (a half-filled form,
     * say) stays as it was.
     */
    void inNewTab(String url, Runnable inspection) {
        String original = driver.getWindowHandle();
        driver.switchTo().newWindow(WindowType.TAB);
        try {
            open(url);
            inspection.run();
        } finally {
            driver.close();
            driver.switchTo().window(original);
        }
    }

    /** Waits for any condition; on time-out fails with what the page showed. */
    <T> T waitUntil(String what, ExpectedCondition<T> condition) {
        try {
            return wait.until(condition);
        } catch (TimeoutException e) {
            throw new AssertionError("Waited " + WAIT.toSeconds() + " s for " + what + ". " + describePage(), e);
        }
    }

    String currentUrl() {
        return driver.getCurrentUrl();
    }

    /** The {@code lang} attribute of the page's root element, as the server wrote it. */
    String language() {
        return driver.findElement(By.tagName("html")).getDomAttribute("lang");
    }

    /** Forgets the session and the language choice (cookies of the current site only, which is the app's). */
    void clearCookies() {
        driver.manage().deleteAllCookies();
    }

    /** The address and visible text of the page, for failure messages. */
    String describePage() {
        try {
            String text = driver.findElement(By.tagName("body")).getText();
            if (text.length() > 2000) {
                text = text.substring(0, 2000) + " …";
            }
            return "Page " + driver.getCurrentUrl() + " shows:\n" + text;
        } catch (WebDriverException e) {
            return "The page could not be read: " + e.getMessage();
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(profile);
        }
    }

    private static ExpectedCondition<Boolean> documentComplete() {
        return d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState"));
    }

    private static void requireExecutable(Path path, String debianPackage) {
        if (!Files.isExecutable(path)) {
            throw new IllegalStateException("Browser tests need " + path + ", which is missing or not executable: "
                    + "install Debian's " + debianPackage + " package (apt-get install -y chromium chromium-driver). "
                    + "The tests do not download browsers or drivers.");
        }
    }

    private static void deleteQuietly(Path directory) {
        // Chromium may still be writing to its profile for a moment after quit; a leftover temp dir is harmless.
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // Leave it to the OS's temp cleaning.
        }
    }
}
