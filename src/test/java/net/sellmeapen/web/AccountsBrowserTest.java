package net.sellmeapen.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import net.sellmeapen.Browser;
import net.sellmeapen.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Accounts in real Chromium: sign up with a password, sign out, sign in again from a fresh browser profile. */
@Timeout(value = 240, unit = TimeUnit.SECONDS)
class AccountsBrowserTest {

    private static TestApp app;
    private Browser browser;

    @BeforeAll
    static void startServer() {
        app = TestApp.start();
    }

    @AfterAll
    static void stopServer() {
        app.close();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private WebElement visible(String id) {
        return browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    private void openPage() {
        browser.driver().get(app.application().traineeUri() + "/");
    }

    private void type(String id, String text) {
        WebElement box = visible(id);
        box.clear();
        box.sendKeys(text);
    }

    @Test
    void a_trainee_with_a_password_signs_in_again_from_a_fresh_browser_and_finds_their_history() {
        browser = Browser.start(List.of());
        openPage();
        type("name", "Petra Password");
        type("email", "petra@example.com");
        type("password", "my long password");
        browser.screenshot("register-with-password");
        browser.driver().findElement(By.id("register-button")).click();
        visible("view-setup");
        browser.driver().findElement(By.id("start-button")).click();
        visible("view-chat");
        WebElement message = visible("message");
        message.sendKeys("What do you do for a living?", Keys.ENTER);
        browser.waiting().until(d -> d.findElements(By.cssSelector("#log .bubble")).size() == 3);
        browser.driver().findElement(By.id("end-button")).click();
        assertThat(visible("end-confirm-text").getText()).contains("only one thing");
        browser.screenshot("end-confirm");
        browser.driver().findElement(By.id("end-confirm-yes")).click();
        visible("view-score");

        browser.driver().findElement(By.id("nav-account")).click();
        assertThat(visible("account-summary").getText()).contains("petra@example.com")
                .contains("sign in with your email and password on any device");
        browser.screenshot("account");
        browser.driver().findElement(By.id("sign-out")).click();
        visible("view-register");
        assertThat(visible("notice").getText()).contains("signed out");
        assertThat(browser.driver().findElement(By.id("sign-in-form")).isDisplayed()).isTrue();
        browser.close();

        browser = Browser.start(List.of());
        openPage();
        visible("view-register");
        browser.driver().findElement(By.id("tab-sign-in")).click();
        type("sign-in-who", "petra@example.com");
        type("sign-in-password", "a wrong password");
        browser.driver().findElement(By.id("sign-in-button")).click();
        assertThat(visible("error").getText()).contains("do not match an account");
        type("sign-in-password", "my long password");
        browser.screenshot("sign-in");
        browser.driver().findElement(By.id("sign-in-button")).click();
        visible("view-setup");
        browser.driver().findElement(By.id("nav-progress")).click();
        visible("view-progress");
        browser.waiting().until(d -> d.findElements(By.cssSelector("#history tbody tr td button")).size() == 1);
        assertThat(browser.driver().findElement(By.id("who")).getText()).isEqualTo("Petra Password");
    }

    @Test
    void signing_out_of_an_account_without_a_password_warns_first_and_offers_to_set_one() {
        browser = Browser.start(List.of());
        openPage();
        type("name", "Nico Nopass");
        browser.driver().findElement(By.id("register-button")).click();
        visible("view-setup");
        browser.driver().findElement(By.id("nav-account")).click();
        assertThat(visible("account-summary").getText()).contains("no password yet");
        browser.driver().findElement(By.id("sign-out")).click();
        assertThat(visible("sign-out-warning").getText()).contains("nobody can get back into it");
        browser.screenshot("sign-out-warning");
        browser.resize(390, 844);
        browser.screenshot("sign-out-warning-phone");
        assertThat(browser.sidewaysOverflow()).isEmpty();
        browser.resize(1280, 1000);

        browser.driver().findElement(By.id("set-password-first")).click();
        type("new-password", "nico's new password");
        browser.driver().findElement(By.id("password-button")).click();
        assertThat(visible("notice").getText()).contains("Password saved");
        assertThat(visible("password-title").getText()).isEqualTo("Change your password");
        browser.driver().findElement(By.id("sign-out")).click();
        visible("view-register");
        assertThat(app.postJson("/api/auth/sign-in", null, java.util.Map.of("name", "Nico Nopass", "password",
                "nico's new password")).status()).isEqualTo(200);
    }
}
