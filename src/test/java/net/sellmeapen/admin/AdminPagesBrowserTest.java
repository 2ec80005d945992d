package net.sellmeapen.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import net.sellmeapen.Browser;
import net.sellmeapen.Fixtures;
import net.sellmeapen.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The admin pages in real Chromium, signed in with ?token=, with screenshots to look at. */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class AdminPagesBrowserTest {

    private static final String TOKEN = "admin-secret-token-0123456789";

    private TestApp app;
    private Browser browser;

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
        app.close();
    }

    @Test
    void an_admin_signs_in_and_reviews_sessions_a_transcript_and_statistics() {
        app = TestApp.start(Map.of("ADMIN_TOKEN", TOKEN));
        String[][] runs = {{"Ada Lovelace", "HARD", "strong/01-lawyer-price-objection.txt"},
                {"Grace Hopper", "EXPERT", "strong/05-expert-price-focused.txt"},
                {"Alan Turing", "EASY", "medium/01-some-questions-generic.txt"},
                {"Ada Lovelace", "MEDIUM", "weak/01-feature-dump-early-close.txt"}};
        String first = null;
        for (String[] run : runs) {
            String token = app.register(run[0]);
            String id = app.startSession(token, run[1]);
            app.postJson("/api/sessions/" + id + "/complete", token, Map.of("transcript", Fixtures.text("fixtures/" + run[2])));
            first = first == null ? id : first;
        }
        browser = Browser.start(List.of());
        ChromeDriver page = browser.driver();

        page.get(app.adminUri("/admin/sessions?token=" + TOKEN).toString());
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("table tbody tr")));
        assertThat(page.getCurrentUrl()).doesNotContain("token=").endsWith("/admin/sessions");
        assertThat(page.findElements(By.cssSelector("table tbody tr"))).hasSize(4);
        browser.screenshot("admin-sessions");

        page.get(app.adminUri("/admin/sessions/" + first).toString());
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".transcript li")));
        assertThat(page.findElements(By.cssSelector(".transcript li"))).hasSize(14);
        assertThat(page.findElements(By.tagName("blockquote"))).isNotEmpty();
        browser.screenshot("admin-session-detail");

        page.get(app.adminUri("/admin/statistics").toString());
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("svg.chart")));
        assertThat(page.findElements(By.cssSelector("svg.chart"))).hasSize(5);
        assertThat(page.findElements(By.cssSelector("svg.chart rect.bar")).size()).isGreaterThanOrEqualTo(10);
        browser.screenshot("admin-statistics");
    }
}
