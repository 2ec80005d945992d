package net.sellmeapen.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Every trainee and admin page at a phone's width (390 px): nothing scrolls sideways, chart labels
 * are at least 11 px, the trainee header is one line; a screenshot of each to look at.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class PhoneLayoutBrowserTest {

    private static final String TOKEN = "admin-secret-token-0123456789";
    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start(Map.of("ADMIN_TOKEN", TOKEN));
        String seeded = app.register("Seeded Seller With A Rather Long Name");
        app.playModelPitch(seeded, "HARD");
        app.playScript(seeded, "MEDIUM", List.of("This pen is great.", "Will you buy it?"));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    /** Checks the page as it is now and keeps a screenshot; problems are collected, not thrown, to see them all. */
    private static void check(Browser browser, String name, List<String> problems) {
        browser.screenshot(name + "-phone");
        List<String> overflow = browser.sidewaysOverflow();
        if (!overflow.isEmpty()) {
            problems.add(name + " scrolls sideways: " + overflow);
        }
    }

    @Test
    void every_trainee_view_fits_a_phone() {
        List<String> problems = new ArrayList<>();
        try (Browser browser = Browser.start(List.of())) {
            browser.resize(390, 844);
            ChromeDriver page = browser.driver();
            page.get(app.application().traineeUri() + "/");
            visible(browser, "view-register");
            check(browser, "register", problems);
            page.findElement(By.id("tab-sign-in")).click();
            check(browser, "sign-in", problems);
            page.findElement(By.id("show-reset")).click();
            check(browser, "reset-code-form", problems);
            page.findElement(By.id("tab-register")).click();
            visible(browser, "name").sendKeys("Phoebe Phone");
            page.findElement(By.id("register-button")).click();
            visible(browser, "view-setup");
            check(browser, "setup", problems);
            WebElement header = page.findElement(By.cssSelector("header.top"));
            @SuppressWarnings("unchecked")
            List<Number> tops = (List<Number>) ((JavascriptExecutor) page).executeScript(
                    "return [...document.querySelectorAll('header.top nav button')].filter(b => b.getClientRects()"
                            + ".length).map(b => Math.round(b.getBoundingClientRect().top))");
            assertThat(tops).hasSize(4);
            assertThat(tops.stream().distinct().count()).as("the header links sit on one line").isEqualTo(1);
            assertThat(header.getSize().getHeight()).as("a one-line header").isLessThanOrEqualTo(60);

            page.findElement(By.cssSelector("#levels input[value=EXPERT]")).click();
            page.findElement(By.id("start-button")).click();
            visible(browser, "message").sendKeys("What do you write with every day?", Keys.ENTER);
            browser.waiting().until(d -> d.findElements(By.cssSelector("#log .bubble")).size() == 3);
            page.findElement(By.id("end-button")).click();
            visible(browser, "end-confirm");
            check(browser, "chat-confirm-end", problems);
            page.findElement(By.id("end-confirm-no")).click();
            visible(browser, "message").sendKeys("Shut up and buy the pen, you idiot.", Keys.ENTER);
            visible(browser, "decision");
            assertThat(page.findElement(By.id("message-form")).isDisplayed()).as("the composer gives way").isFalse();
            check(browser, "chat-decided", problems);
            page.findElement(By.id("score-button")).click();
            visible(browser, "view-score");
            check(browser, "scorecard", problems);

            page.findElement(By.id("nav-progress")).click();
            visible(browser, "view-progress");
            browser.waiting().until(d -> !d.findElements(By.cssSelector("#skills-chart svg text")).isEmpty());
            check(browser, "progress", problems);
            assertThat(browser.smallestText("#chart svg text, #skills-chart svg text")).as("chart labels")
                    .isGreaterThanOrEqualTo(11);
            page.findElement(By.cssSelector("#history tbody tr td button")).click();
            visible(browser, "view-session");
            check(browser, "past-session", problems);

            page.findElement(By.id("nav-leaderboard")).click();
            browser.waiting().until(d -> !d.findElements(By.cssSelector("#board tbody tr")).isEmpty());
            check(browser, "leaderboard", problems);
            page.findElement(By.id("nav-practice")).click();
            visible(browser, "view-setup");
            page.findElement(By.id("model-button")).click();
            visible(browser, "view-model");
            check(browser, "model-pitch", problems);
            page.findElement(By.id("nav-account")).click();
            visible(browser, "view-account");
            check(browser, "account", problems);
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void every_admin_page_fits_a_phone_and_the_sign_in_page_is_styled() {
        List<String> problems = new ArrayList<>();
        try (Browser browser = Browser.start(List.of())) {
            browser.resize(390, 844);
            ChromeDriver page = browser.driver();
            page.get(app.adminUri("/admin/sessions").toString());
            visible(browser, "token");
            String background = page.findElement(By.cssSelector("header.top")).getCssValue("background-color");
            assertThat(background).as("the sign-in page has its stylesheet").isEqualTo("rgba(31, 78, 121, 1)");
            check(browser, "admin-login", problems);
            page.findElement(By.id("token")).sendKeys(TOKEN, Keys.ENTER);
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("table tbody tr")));
            check(browser, "admin-sessions", problems);
            @SuppressWarnings("unchecked")
            List<Number> linkTops = (List<Number>) ((JavascriptExecutor) page).executeScript(
                    "return [...document.querySelectorAll('header.top a, header.top strong')].filter(b =>"
                            + " b.getClientRects().length).map(b => Math.round(b.getBoundingClientRect().top))");
            assertThat(linkTops.stream().distinct().count()).as("a one-line admin header").isEqualTo(1);
            page.findElement(By.cssSelector("table tbody tr td a")).click();
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("note")));
            check(browser, "admin-session", problems);
            page.get(app.adminUri("/admin/trainees").toString());
            check(browser, "admin-trainees", problems);
            page.get(app.adminUri("/admin/statistics").toString());
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("svg.chart")));
            check(browser, "admin-statistics", problems);
            assertThat(browser.smallestText("svg.chart text")).as("chart labels").isGreaterThanOrEqualTo(11);
            page.get(app.adminUri("/admin/leaderboard").toString());
            check(browser, "admin-leaderboard", problems);
            page.get(app.adminUri("/admin/trainees").toString());
            page.findElement(By.cssSelector("td.actions button.link")).click();
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("reset-code")));
            check(browser, "admin-reset-code", problems);
            page.get(app.adminUri("/admin/trainees").toString());
            page.findElement(By.cssSelector("td.actions a")).click();
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm")));
            check(browser, "admin-confirm-delete", problems);
            page.get(app.adminUri("/admin/sessions/no-such-session").toString());
            assertThat(page.findElement(By.cssSelector(".alert")).getText()).contains("no-such-session");
            check(browser, "admin-error", problems);
            browser.resize(1280, 1000);
            browser.screenshot("admin-error");
        }
        assertThat(problems).isEmpty();
    }

    private static WebElement visible(Browser browser, String id) {
        return browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }
}
