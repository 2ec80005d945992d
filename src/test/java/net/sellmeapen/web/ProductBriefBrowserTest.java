package net.sellmeapen.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import net.sellmeapen.Browser;
import net.sellmeapen.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The product brief — what the trainee sells and may promise — on the page before and during a
 * session, at a desktop's and a phone's width: every fact the API gives is shown, open beside the
 * chat on a desktop and one tap away on a phone, and nothing scrolls sideways. Screenshots are kept
 * under target/screenshots.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class ProductBriefBrowserTest {

    private static TestApp app;
    private static JsonNode product;

    @BeforeAll
    static void start() {
        app = TestApp.start(Map.of());
        product = app.get("/api/product", null).json().path("product");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void the_brief_is_shown_before_and_during_a_session_on_a_desktop() {
        try (Browser browser = Browser.start(List.of())) {
            browser.resize(1280, 1000);
            ChromeDriver page = openSetup(browser, "Della Desktop");
            assertShowsEveryFact(visible(browser, "setup-brief").getText());
            browser.screenshot("brief-setup-1280");
            startSelling(browser);
            WebElement brief = visible(browser, "chat-brief");
            assertThat(brief.getAttribute("open")).as("open beside the chat on a wide screen").isNotNull();
            assertShowsEveryFact(brief.getText());
            assertThat(page.findElement(By.id("chat-brief-title")).getText()).contains(product.path("name").asText())
                    .contains("$" + product.path("price").asInt());
            browser.screenshot("brief-chat-1280");
        }
    }

    @Test
    void on_a_phone_the_brief_is_one_tap_away_and_fits() {
        try (Browser browser = Browser.start(List.of())) {
            browser.resize(390, 844);
            openSetup(browser, "Phil Phone");
            assertShowsEveryFact(visible(browser, "setup-brief").getText());
            assertThat(browser.sidewaysOverflow()).as("the setup page at 390 px").isEmpty();
            browser.screenshot("brief-setup-390");
            startSelling(browser);
            WebElement brief = visible(browser, "chat-brief");
            assertThat(brief.getAttribute("open")).as("collapsed, so the chat keeps the screen").isNull();
            assertThat(brief.getSize().getHeight()).isLessThan(80);
            browser.screenshot("brief-chat-collapsed-390");
            browser.driver().findElement(By.id("chat-brief-title")).click();
            browser.waiting().until(driver -> brief.getAttribute("open") != null);
            assertShowsEveryFact(brief.getText());
            assertThat(browser.sidewaysOverflow()).as("the chat with the brief open at 390 px").isEmpty();
            browser.screenshot("brief-chat-open-390");
        }
    }

    /** The brief on the page carries every fact the API returns: name, price, guarantee, refills, offers, features. */
    private static void assertShowsEveryFact(String shown) {
        assertThat(shown).contains(product.path("name").asText()).contains("$" + product.path("price").asInt())
                .contains(product.path("guarantee").asText()).contains(product.path("refills").asText());
        product.path("offers").forEach(offer -> assertThat(shown).contains(offer.path("text").asText()));
        product.path("highlights").forEach(highlight -> assertThat(shown)
                .contains(highlight.path("name").asText()).contains(highlight.path("detail").asText()));
    }

    private static ChromeDriver openSetup(Browser browser, String name) {
        ChromeDriver page = browser.driver();
        page.get(app.application().traineeUri() + "/");
        visible(browser, "name").sendKeys(name);
        page.findElement(By.id("register-button")).click();
        visible(browser, "view-setup");
        return page;
    }

    private static void startSelling(Browser browser) {
        browser.driver().findElement(By.id("start-button")).click();
        visible(browser, "view-chat");
    }

    private static WebElement visible(Browser browser, String id) {
        return browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }
}
