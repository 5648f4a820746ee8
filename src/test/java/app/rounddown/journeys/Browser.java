package app.rounddown.journeys;

import app.rounddown.support.ValidHtml;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its own chromium-driver (never a downloaded browser), with a
 * screenshot of every step under target/screenshots/ and an accessibility check of every page.
 */
final class Browser implements AutoCloseable {
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static ChromeDriver shared;
    final ChromeDriver driver;
    private final boolean ownDriver;
    private final String base;
    private final String journey;
    private int step;

    Browser(String base, String journey) {
        this(base, journey, true);
    }

    Browser(String base, String journey, boolean javascript) {
        this.driver = javascript ? shared() : start(false);
        this.ownDriver = !javascript;
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.journey = journey;
    }

    /** One browser for all the journeys with JavaScript (starting Chromium costs seconds); each starts signed out. */
    private static synchronized ChromeDriver shared() {
        if (shared == null) {
            shared = start(true);
            Runtime.getRuntime().addShutdownHook(new Thread(shared::quit));
        }
        return shared;
    }

    private static ChromeDriver start(boolean javascript) {
        ChromeOptions options = new ChromeOptions();
        if (!javascript) {
            options.addArguments("--blink-settings=scriptEnabled=false");
        }
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1400,1000");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        return driver;
    }

    static boolean available() {
        return new File("/usr/bin/chromium").canExecute() && new File("/usr/bin/chromedriver").canExecute();
    }

    void open(String path) {
        driver.get(base + path);
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    String text(String css) {
        return find(css).getText();
    }

    String pageText() {
        return find("body").getText();
    }

    void waitForText(String css, String expected) {
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), expected));
    }

    void signIn(String email, String password) {
        open("/signin");
        find("#email").sendKeys(email);
        find("#password").sendKeys(password);
        click(find("form[action='/signin'] button[type=submit]"));
    }

    /** Clicks something that loads a new page, and waits until the old page is gone. */
    void click(WebElement element) {
        press(element, null);
    }

    /** Presses a key on something that loads a new page (Enter on a link or button), and waits for the new page. */
    void press(WebElement element, CharSequence key) {
        WebElement oldPage = find("html");
        if (key == null) {
            element.click();
        } else {
            element.sendKeys(key);
        }
        // While the next page loads the browser may briefly answer with errors of its own; keep asking.
        new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.WebDriverException.class)
                .until(ExpectedConditions.stalenessOf(oldPage));
    }

    /** Saves what the test saw, and fails on any serious or critical accessibility error of the page. */
    void check(String name) {
        screenshot(name);
        ValidHtml.assertValid("journey " + journey + " " + name + " " + driver.getCurrentUrl(),
                "<!DOCTYPE html>" + driver.getPageSource());
        // Frames on our pages are sandboxed previews of message HTML, where no script may run: axe would wait 30 s for
        // each to answer, and what it checks there is the message's content, not the page.
        Results results = new AxeBuilder().disableIframeTesting().analyze(driver);
        if (results.getPasses().isEmpty()) {
            throw new AssertionError("axe-core did not run on " + driver.getCurrentUrl() + ": " + results.getErrorMessage());
        }
        List<Rule> bad = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact())).toList();
        if (!bad.isEmpty()) {
            throw new AssertionError("Accessibility errors on " + driver.getCurrentUrl() + ": " + bad.stream()
                    .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at "
                            + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(3)
                            .collect(Collectors.joining(", ")))
                    .collect(Collectors.joining("; ")));
        }
    }

    /** The whole page, not just the window: the window grows to the page's height for the picture. */
    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.copy(wholePage().toPath(), SCREENSHOTS.resolve(String.format("%s-%02d-%s.png", journey, ++step, name)),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The pictures in the README come from here: with -Dreadme.screenshots=true the page is also saved as
     * docs/{name}.png, at the window's size, so the README always shows the product as the tests saw it.
     */
    void readmePicture(String name, String scrollTo) {
        if (!Boolean.getBoolean("readme.screenshots")) {
            return;
        }
        if (scrollTo != null) {
            driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", find(scrollTo));
        }
        try {
            Path docs = Path.of("docs");
            Files.createDirectories(docs);
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), docs.resolve(name + ".png"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The whole page in one picture, as Chromium renders it beyond the window (no resizing, so no re-layout). */
    @SuppressWarnings("unchecked")
    private File wholePage() {
        try {
            Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
            Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
            double width = ((Number) size.get("width")).doubleValue();
            double height = Math.min(6000, ((Number) size.get("height")).doubleValue());
            Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                    "captureBeyondViewport", true,
                    "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
            File file = File.createTempFile("journey", ".png");
            file.deleteOnExit();
            Files.write(file.toPath(), Base64.getDecoder().decode((String) shot.get("data")));
            return file;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (ownDriver) {
            driver.quit();
            return;
        }
        driver.manage().deleteAllCookies();
        driver.get("about:blank");
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1000));
    }
}
