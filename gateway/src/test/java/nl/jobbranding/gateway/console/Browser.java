package nl.jobbranding.gateway.console;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * A real browser for the tests: headless Chromium through WebDriver (the Debian packages {@code chromium} and
 * {@code chromium-driver}; {@code .ci/run} installs them). Every page a test looks at through {@link #page} is saved as
 * a screenshot under {@code target/screenshots/<test>/} and checked with axe-core (WCAG 2.1 AA: 0 violations).
 * Without Chromium the browser tests are skipped with a message; with {@code CI=true} they always run.
 */
final class Browser implements AutoCloseable {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private final ChromeDriver driver;
    private final String baseUrl;
    private final Path folder;
    private int shots;

    private Browser(ChromeDriver driver, String baseUrl, Path folder) {
        this.driver = driver;
        this.baseUrl = baseUrl;
        this.folder = folder;
    }

    /**
     * Opens a browser for a test, or skips the test when this machine has no Chromium (never on CI).
     *
     * @param baseUrl the gateway under test
     * @param test    a name for the folder of screenshots
     */
    static Browser open(String baseUrl, String test) {
        Optional<Path> chromium = executable("chromium", "chromium-browser", "google-chrome");
        Optional<Path> chromedriver = executable("chromedriver");
        boolean available = chromium.isPresent() && chromedriver.isPresent();
        if (!available && "true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("The browser tests need chromium and chromedriver (apt-get install chromium chromium-driver); CI always runs them");
        }
        Assumptions.assumeTrue(available, "BROWSER TESTS SKIPPED: this machine has no chromium and chromedriver "
                + "(apt-get install chromium chromium-driver; CI always runs them)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.get().toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,1000", "--lang=nl-NL", "--disable-search-engine-choice-screen");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.get().toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        Path folder = SCREENSHOTS.resolve(test);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Browser(driver, baseUrl.replaceAll("/+$", ""), folder);
    }

    private static Optional<Path> executable(String... names) {
        for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : names) {
                Path candidate = Path.of(directory, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    WebDriver driver() {
        return driver;
    }

    /** Goes to a path of the gateway. */
    Browser visit(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    /** Saves a screenshot of the page as it is now and checks it with axe-core: 0 violations. */
    Browser page(String name) {
        screenshot(name);
        Results results = new AxeBuilder().withTags(WCAG).analyze(driver);
        List<Rule> violations = results.getViolations();
        if (!violations.isEmpty()) {
            fail("axe-core found " + violations.size() + " violation(s) on " + driver.getCurrentUrl() + " (" + name + "):\n"
                    + violations.stream().map(rule -> "- " + rule.getId() + ": " + rule.getHelp() + " at "
                            + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
                    .collect(Collectors.joining("\n")));
        }
        return this;
    }

    /** Saves a screenshot only (for pages that are not the console's own, such as the Swagger UI). */
    Browser screenshot(String name) {
        byte[] png = driver.getScreenshotAs(OutputType.BYTES);
        try {
            Files.write(folder.resolve(String.format("%02d-%s.png", ++shots, name)), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Waits (up to 10 s) until an element is visible, and returns it. */
    WebElement await(By locator) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Waits (up to 10 s) until the page's text holds the given text. */
    void awaitText(String text) {
        waiting().until(d -> d.findElement(By.tagName("body")).getText().contains(text));
    }

    /**
     * A wait of up to 10 s that looks again when the page was replaced while it looked (a form posted, htmx swapped a
     * part): an element found on the old page is stale then, which is not a failure.
     */
    WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
