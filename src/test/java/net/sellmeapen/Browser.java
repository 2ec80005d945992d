package net.sellmeapen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven by Selenium with Debian's chromedriver: nothing is downloaded.
 * When Chromium is missing the browser tests are skipped, unless {@code -Dbrowser.tests.required=true}
 * (which {@code scripts/test} sets after installing it) turns that into a failure.
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    public static final Path SCREENSHOTS = Path.of("target/screenshots");

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Starts headless Chromium with the given extra flags. */
    public static Browser start(List<String> extraArguments) {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && Boolean.getBoolean("browser.tests.required")) {
            throw new IllegalStateException("browser tests need Debian's chromium and chromium-driver: "
                    + "apt-get install chromium chromium-driver (scripts/test does this)");
        }
        Assumptions.assumeTrue(present, "Chromium is not installed; skipping browser tests");
        try {
            Path profile = Files.createTempDirectory("sellmeapen-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-quic", "--no-first-run", "--disable-default-apps", "--disable-extensions",
                    "--user-data-dir=" + profile, "--window-size=1280,1000");
            options.addArguments(extraArguments);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    .build();
            return new Browser(new ChromeDriver(service, options), profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    public WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    public void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** Saves a PNG of the page under target/screenshots/. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What makes the current page scroll sideways at its width: "page" when the document is wider
     * than the window, plus up to five elements that stick out (ones inside a scrolling table are fine).
     */
    @SuppressWarnings("unchecked")
    public List<String> sidewaysOverflow() {
        return (List<String>) driver.executeScript("const width = document.documentElement.clientWidth;"
                + " const out = [...document.querySelectorAll('body *')].filter(e => e.getClientRects().length"
                + " && e.getBoundingClientRect().right > width + 1 && !e.closest('.table-wrap'))"
                + " .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal"
                + " === undefined ? '.' + e.className : '')).slice(0, 5);"
                + " if (document.documentElement.scrollWidth > window.innerWidth) out.unshift('page');"
                + " return out;");
    }

    /** The smallest rendered height, in CSS pixels, of the visible text elements matching the selector (or 0 if none). */
    public double smallestText(String selector) {
        Object smallest = driver.executeScript("const sizes = [...document.querySelectorAll(arguments[0])]"
                + ".filter(e => e.getClientRects().length).map(e => {"
                + " const svg = e.ownerSVGElement; const scale = svg ? svg.getBoundingClientRect().width"
                + " / svg.viewBox.baseVal.width : 1;"
                + " return parseFloat(getComputedStyle(e).fontSize) * scale; });"
                + " return sizes.length ? Math.min(...sizes) : 0;", selector);
        return ((Number) smallest).doubleValue();
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temp profile is harmless
        }
    }
}
