package net.sellmeapen.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import net.sellmeapen.Browser;
import net.sellmeapen.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The coaching features in real Chromium, each shown at desktop and phone width: the scorecard's
 * delivery analytics, the model pitch, a drill started from "My progress", a past session reopened
 * and an unfinished one resumed. One server for the class; each test signs up its own trainee.
 */
@Timeout(value = 240, unit = TimeUnit.SECONDS)
class CoachingBrowserTest {

    private static TestApp app;
    private Browser browser;
    private ChromeDriver page;

    @BeforeAll
    static void startServer() {
        app = TestApp.start();
    }

    @AfterAll
    static void stopServer() {
        app.close();
    }

    @BeforeEach
    void startBrowser() {
        browser = Browser.start(List.of());
        page = browser.driver();
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private WebElement visible(String id) {
        return browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    private void register(String name) {
        page.get(app.application().traineeUri() + "/");
        visible("name").sendKeys(name);
        page.findElement(By.id("register-button")).click();
        visible("view-setup");
    }

    private int bubbles() {
        return page.findElements(By.cssSelector("#log .bubble")).size();
    }

    private void say(String text) {
        int before = bubbles();
        WebElement box = visible("message");
        box.sendKeys(text);
        box.sendKeys(Keys.ENTER);
        browser.waiting().until(driver -> bubbles() == before + 2
                && !page.findElement(By.id("typing")).isDisplayed());
    }

    private void startPractice(String level) {
        page.findElement(By.cssSelector("#levels input[value=" + level + "]")).click();
        page.findElement(By.id("start-button")).click();
        visible("view-chat");
    }

    /** Ends the conversation, confirming when the page asks (fewer than three things said). */
    private void endAndScore() {
        page.findElement(By.id("end-button")).click();
        if (page.findElement(By.id("end-confirm")).isDisplayed()) {
            page.findElement(By.id("end-confirm-yes")).click();
        }
        visible("view-score");
    }

    /** Screenshots the current view at desktop width, then at phone width with no sideways scrolling. */
    private void screenshots(String name) {
        browser.screenshot(name);
        browser.resize(390, 844);
        browser.screenshot(name + "-phone");
        Object wide = ((JavascriptExecutor) page).executeScript("const width = document.documentElement.clientWidth;"
                + " return [...document.querySelectorAll('body *')]"
                + ".filter(e => e.getBoundingClientRect().right > width + 1 && !e.closest('.table-wrap'))"
                + ".map(e => e.tagName + '#' + e.id + '.' + e.className).slice(0, 5)");
        assertThat((List<?>) wide).as(name + ": nothing wider than a phone").isEmpty();
        Object scrolls = ((JavascriptExecutor) page).executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth");
        assertThat(scrolls).as(name + ": no sideways scrolling").isEqualTo(false);
        browser.resize(1280, 1000);
    }

    private void openProgress() {
        page.findElement(By.id("nav-progress")).click();
        visible("view-progress");
        browser.waiting().until(driver -> !page.findElements(By.cssSelector("#history tbody tr td button")).isEmpty());
    }

    @Test
    void the_scorecard_shows_delivery_analytics_with_targets_and_a_tip() {
        register("Ana Lytics");
        startPractice("MEDIUM");
        say("Um, so, basically, what do you do for a living?");
        say("And what do you write with at the moment, like, every day?");
        endAndScore();
        List<WebElement> rows = page.findElements(By.cssSelector("#analytics tbody tr"));
        assertThat(rows).extracting(WebElement::getText).anySatisfy(row -> assertThat(row)
                .startsWith("Questions asked (open)").contains("2 (2 open)").contains("3 or more, 2 open"))
                .anySatisfy(row -> assertThat(row).startsWith("Turns to your first question 1"))
                .anySatisfy(row -> assertThat(row).startsWith("Filler words per 100 words"))
                .noneSatisfy(row -> assertThat(row).startsWith("Speaking pace"));
        assertThat(page.findElement(By.cssSelector("#analytics tbody tr.off-target")).getText()).contains("✗");
        assertThat(page.findElement(By.id("analytics-tip")).getText()).startsWith("Tip: ");
        screenshots("scorecard-analytics");
    }

    @Test
    void the_model_pitch_shows_a_winning_conversation_annotated_line_by_line() {
        register("Mo Dell");
        page.findElement(By.cssSelector("#levels input[value=HARD]")).click();
        page.findElement(By.id("model-button")).click();
        visible("view-model");
        assertThat(page.findElement(By.id("model-summary")).getText()).contains("Hard").contains("a sale")
                .contains("grade A");
        List<WebElement> seller = page.findElements(By.cssSelector("#model-log .bubble.trainee"));
        assertThat(seller).hasSizeGreaterThanOrEqualTo(5);
        assertThat(page.findElements(By.cssSelector("#model-log .bubble.trainee .notes li.earned"))).isNotEmpty();
        assertThat(page.findElement(By.cssSelector("#model-log .bubble.trainee .notes li")).getText())
                .matches(".+ [+·−]\\d*");
        screenshots("model-pitch");
        page.findElement(By.id("model-back")).click();
        visible("view-setup");
    }

    @Test
    void my_progress_charts_each_skill_names_a_focus_and_starts_a_drill_for_it() {
        register("Drew Drill");
        startPractice("EASY");
        say("This pen is great, you should buy it.");
        endAndScore();
        openProgress();
        assertThat(page.findElements(By.cssSelector("#skills-chart svg polyline.skill-line"))).hasSize(5);
        assertThat(page.findElements(By.cssSelector("#skills-chart .legend li"))).hasSize(5);
        WebElement focus = visible("focus-text");
        assertThat(focus.getText()).startsWith("Your focus: ").contains("over your last 1 session");
        String skill = page.findElement(By.id("drill-button")).getAttribute("data-skill");
        screenshots("progress-skills");

        page.findElement(By.id("drill-button")).click();
        visible("view-chat");
        assertThat(page.findElement(By.id("chat-title")).getText()).startsWith("Drill: ");
        assertThat(bubbles()).isEqualTo(1);
        screenshots("drill-chat");
        say("What do you do for a living, and what do you write with now?");
        endAndScore();
        assertThat(visible("score-drill").getText()).startsWith("Drill: ").contains("never ranked");
        openProgress();
        assertThat(page.findElement(By.cssSelector("#history tbody tr")).getText()).contains("drill");
        assertThat(page.findElements(By.cssSelector("#skills-chart svg circle.skill-point")))
                .as("a drill is not a point on the skills chart").hasSize(5);
        assertThat(skill).isNotBlank();
    }

    @Test
    void a_past_session_reopens_with_its_transcript_and_scorecard() {
        register("Paz Past");
        startPractice("MEDIUM");
        say("What do you do for a living?");
        endAndScore();
        int total = Integer.parseInt(page.findElement(By.id("score-total")).getText());
        openProgress();
        WebElement open = page.findElement(By.cssSelector("#history tbody tr td button"));
        assertThat(open.getText()).isEqualTo("Open");
        open.click();
        visible("view-session");
        List<WebElement> lines = page.findElements(By.cssSelector("#past-log .bubble"));
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1).getText()).contains("What do you do for a living?").contains("Turn 2");
        screenshots("past-session");
        page.findElement(By.cssSelector("#past-actions button.primary")).click();
        visible("view-score");
        assertThat(page.findElement(By.id("score-total")).getText()).isEqualTo(String.valueOf(total));
        assertThat(page.findElements(By.cssSelector("#analytics tbody tr"))).isNotEmpty();
    }

    @Test
    void an_unfinished_conversation_is_offered_for_resuming_and_continues_with_hints() {
        register("Remy Resume");
        startPractice("MEDIUM");
        say("Hello! What do you do for a living?");
        openProgress();
        WebElement resume = page.findElement(By.cssSelector("#history tbody tr td button"));
        assertThat(resume.getText()).isEqualTo("Resume");
        page.findElement(By.id("nav-practice")).click();
        visible("view-chat");
        assertThat(bubbles()).as("the conversation is still in view").isEqualTo(3);
        // on another device (or after signing in again) the page does not know the session: it offers it
        ((JavascriptExecutor) page).executeScript("localStorage.removeItem('smap.session')");
        page.navigate().refresh();
        visible("view-setup");
        assertThat(visible("resume-text").getText()).contains("unfinished");
        screenshots("resume-offer");
        page.findElement(By.id("resume-button")).click();
        visible("view-chat");
        browser.waiting().until(driver -> bubbles() == 3);

        page.findElement(By.id("hints-toggle")).click();
        browser.waiting().until(driver -> !page.findElement(By.id("hints-toggle")).isEnabled());
        say("It has a soft grip and a metal clip.");
        WebElement hint = visible("hint");
        assertThat(hint.getText()).isNotBlank().doesNotContain("Hints are on");
        screenshots("resumed-with-hint");
    }
}
