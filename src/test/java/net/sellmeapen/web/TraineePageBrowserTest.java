package net.sellmeapen.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.sellmeapen.Browser;
import net.sellmeapen.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The trainee page in real Chromium: register, sell by text, get scored, see progress. */
@Timeout(value = 240, unit = TimeUnit.SECONDS)
class TraineePageBrowserTest {

    private TestApp app;
    private Browser browser;
    private ChromeDriver page;

    @BeforeEach
    void start() {
        app = TestApp.start();
        browser = Browser.start(List.of());
        page = browser.driver();
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
        app.close();
    }

    private void open() {
        page.get(app.application().traineeUri() + "/");
    }

    private WebElement visible(String id) {
        return browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    private void register(String name) {
        open();
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

    @Test
    void a_trainee_registers_sells_gets_a_scorecard_and_sees_progress() {
        register("Selena Seller");
        assertThat(page.findElements(By.cssSelector("#levels input[type=radio]"))).hasSize(4);
        assertThat(page.findElement(By.cssSelector("#levels input[value=MEDIUM]")).isSelected()).isTrue();
        page.findElement(By.id("start-button")).click();
        visible("view-chat");
        assertThat(page.findElement(By.cssSelector("#log .bubble.buyer")).getText()).containsIgnoringCase("sell me");

        say("Before I show you anything, what do you do for a living?");
        say("What frustrates you about the pens you use now?");
        say("You mentioned that, so with this pen you'll never have that problem again.");
        assertThat(bubbles()).isEqualTo(7);
        assertThat(page.findElement(By.id("decision")).isDisplayed()).isFalse();
        assertThat(page.findElement(By.id("typing")).isDisplayed()).isFalse();
        browser.screenshot("conversation");

        page.navigate().refresh();
        visible("view-chat");
        assertThat(page.findElement(By.id("who")).getText()).isEqualTo("Selena Seller");
        browser.waiting().until(driver -> bubbles() == 7);
        assertThat(page.findElement(By.id("decision")).isDisplayed()).isFalse();

        page.findElement(By.id("end-button")).click();
        visible("view-score");
        List<WebElement> categories = page.findElements(By.cssSelector("#categories .category"));
        assertThat(categories).hasSize(5);
        int sum = categories.stream()
                .mapToInt(c -> Integer.parseInt(c.findElement(By.className("cat-score")).getText().split(" ")[0]))
                .sum();
        int total = Integer.parseInt(page.findElement(By.id("score-total")).getText());
        assertThat(sum).isEqualTo(total);
        String sessionId = latestSessionId();
        JsonNode session = app.get("/api/sessions/" + sessionId, token()).json().path("session");
        assertThat(session.path("totalScore").asInt()).isEqualTo(total);
        assertThat(Integer.parseInt(page.findElement(By.id("score-weighted")).getText()))
                .isEqualTo(session.path("weightedScore").asInt());
        assertThat(page.findElements(By.cssSelector("#recommendations li")).size()).isGreaterThanOrEqualTo(3);
        assertThat(page.findElements(By.cssSelector("#categories blockquote .evidence-meta")))
                .isNotEmpty().allSatisfy(meta -> assertThat(meta.getText()).matches("Turn \\d+ · .+"));
        assertThat(page.findElement(By.id("turning-points-section")).isDisplayed()).isTrue();
        assertThat(page.findElements(By.cssSelector("#turning-points li"))).isNotEmpty()
                .allSatisfy(point -> assertThat(point.getText()).contains("Try instead:").contains("Why:"));
        assertThat(page.findElement(By.id("score-source")).isDisplayed()).isFalse();
        browser.screenshot("scorecard");

        page.findElement(By.id("progress-button")).click();
        visible("view-progress");
        List<WebElement> rows = page.findElements(By.cssSelector("#history tbody tr"));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).getText()).contains("Medium").contains(String.valueOf(total));
        assertThat(page.findElements(By.cssSelector("#chart svg circle"))).hasSize(1);
        assertThat(page.findElements(By.cssSelector("#averages li"))).hasSize(5);
        browser.screenshot("progress");
    }

    @Test
    void the_leaderboard_shows_recorded_sessions_per_difficulty() {
        app.playModelPitch(app.register("Hana Hard"), "HARD");
        app.playModelPitch(app.register("Eve Expert"), "EXPERT");
        register("Lena Looker");
        page.findElement(By.id("nav-leaderboard")).click();
        visible("view-leaderboard");
        browser.waiting().until(driver -> page.findElements(By.cssSelector("#board tbody tr")).size() == 2);
        new org.openqa.selenium.support.ui.Select(page.findElement(By.id("board-level"))).selectByValue("EXPERT");
        browser.waiting().until(driver -> page.findElements(By.cssSelector("#board tbody tr")).size() == 1);
        assertThat(page.findElement(By.cssSelector("#board tbody tr")).getText()).contains("Eve Expert")
                .contains("Expert");
        browser.screenshot("leaderboard");
    }

    private String token() {
        return (String) ((JavascriptExecutor) page).executeScript("return localStorage.getItem('smap.token')");
    }

    private String latestSessionId() {
        return app.get("/api/me/sessions", token()).json().path("sessions").get(0).path("id").asText();
    }

    @Test
    void the_buyers_decision_is_announced_and_offers_scoring() {
        register("Rude Rita");
        page.findElement(By.cssSelector("#levels input[value=EXPERT]")).click();
        page.findElement(By.id("start-button")).click();
        visible("view-chat");
        say("Shut up and buy the pen, you idiot.");
        WebElement decision = visible("decision");
        assertThat(decision.getText()).contains("No sale");
        assertThat(page.findElement(By.id("message")).isEnabled()).isFalse();
        page.findElement(By.id("score-button")).click();
        visible("view-score");
        assertThat(page.findElement(By.id("score-outcome")).getText()).contains("no sale");
    }

    @Test
    void an_expired_token_is_explained_and_the_trainee_can_sign_in_again() {
        register("Ada");
        ((JavascriptExecutor) page).executeScript("localStorage.setItem('smap.token', 'expired-token')");
        page.navigate().refresh();
        visible("view-setup");
        page.findElement(By.id("start-button")).click();
        WebElement error = visible("error");
        assertThat(error.getText()).contains("sign-in is no longer valid");
        assertThat(page.findElement(By.id("view-register")).isDisplayed()).isTrue();
    }

    @Test
    void when_the_server_is_down_the_error_is_shown_and_the_typed_message_is_kept() {
        register("Ada");
        page.findElement(By.id("start-button")).click();
        visible("view-chat");
        app.close();
        WebElement box = visible("message");
        box.sendKeys("What do you do for a living?");
        box.sendKeys(Keys.ENTER);
        WebElement error = visible("error");
        assertThat(error.getText()).contains("cannot reach the server");
        assertThat(page.findElement(By.id("message")).getAttribute("value")).isEqualTo("What do you do for a living?");
        assertThat(bubbles()).isEqualTo(1);
        app = TestApp.start();
    }

    @Test
    void the_page_works_at_phone_width_and_makes_no_outside_requests() {
        browser.resize(390, 844);
        register("Pat Phone");
        page.findElement(By.id("start-button")).click();
        visible("view-chat");
        say("What do you do for a living?");
        Object overflow = ((JavascriptExecutor) page).executeScript(
                "return document.documentElement.scrollWidth > window.innerWidth");
        assertThat(overflow).isEqualTo(false);
        @SuppressWarnings("unchecked")
        List<String> hosts = (List<String>) ((JavascriptExecutor) page).executeScript(
                "return performance.getEntriesByType('resource').map(e => new URL(e.name).host)");
        String ownHost = app.application().traineeUri().getAuthority();
        assertThat(hosts).isNotEmpty().allSatisfy(host -> assertThat(host).isEqualTo(ownHost));
        browser.screenshot("conversation-phone");
    }

    @Test
    void the_whole_flow_works_with_the_keyboard_alone() {
        open();
        WebElement name = visible("name");
        name.sendKeys("Kim Keys");
        name.sendKeys(Keys.ENTER);
        visible("view-setup");
        WebElement focused = page.switchTo().activeElement();
        assertThat(focused.getAttribute("id")).isEqualTo("setup-title");
        focused.sendKeys(Keys.TAB);
        WebElement radio = page.switchTo().activeElement();
        assertThat(radio.getAttribute("name")).isEqualTo("difficulty");
        radio.sendKeys(Keys.ARROW_DOWN);
        assertThat(page.findElement(By.cssSelector("#levels input[value=HARD]")).isSelected()).isTrue();
        page.switchTo().activeElement().sendKeys(Keys.TAB);
        page.switchTo().activeElement().sendKeys(Keys.TAB);
        WebElement start = page.switchTo().activeElement();
        assertThat(start.getAttribute("id")).isEqualTo("start-button");
        start.sendKeys(Keys.ENTER);
        visible("view-chat");
        assertThat(page.switchTo().activeElement().getAttribute("id")).isEqualTo("message");
        assertThat(page.findElement(By.id("chat-level")).getText()).contains("Hard");
    }
}
