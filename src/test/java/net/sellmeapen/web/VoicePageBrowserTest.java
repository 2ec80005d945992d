package net.sellmeapen.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import net.sellmeapen.Browser;
import net.sellmeapen.TestApp;
import net.sellmeapen.voice.FakeRealtimeServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Voice practice in real Chromium with a fake microphone that plays a sentence spoken by espeak-ng,
 * against our server and a fake Realtime endpoint.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class VoicePageBrowserTest {

    private FakeRealtimeServer fake;
    private TestApp app;
    private Browser browser;

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (app != null) {
            app.close();
        }
        if (fake != null) {
            fake.shutdown();
            assertThat(fake.schemaProblems).isEmpty();
        }
    }

    private static Path spokenWav() throws Exception {
        Path wav = Path.of("target/voice/trainee.wav").toAbsolutePath();
        Files.createDirectories(wav.getParent());
        boolean espeak = Files.isExecutable(Path.of("/usr/bin/espeak-ng"));
        if (!espeak && Boolean.getBoolean("browser.tests.required")) {
            throw new IllegalStateException("the voice browser test needs espeak-ng (scripts/test installs it)");
        }
        Assumptions.assumeTrue(espeak, "espeak-ng is not installed; skipping the voice browser test");
        Process process = new ProcessBuilder("espeak-ng", "-s", "150", "-w", wav.toString(),
                "Hello there. Before I tell you about this pen, what do you do for a living?")
                .redirectErrorStream(true).start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        return wav;
    }

    @Test
    void a_trainee_talks_hears_the_buyer_sees_both_transcripts_and_gets_scored() throws Exception {
        Path wav = spokenWav();
        fake = new FakeRealtimeServer().begin()
                .traineeSays("Hello there. Before I tell you about this pen, what do you do for a living?")
                .buyerSays("Alright, sell me this pen.", "I'm a teacher. I mark essays all day.")
                .deltasPerResponse(30);
        app = TestApp.start(Map.of("OPENAI_API_KEY", "test-key", "REALTIME_URL", fake.url()));
        browser = Browser.start(List.of("--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
                "--use-file-for-fake-audio-capture=" + wav, "--autoplay-policy=no-user-gesture-required"));
        ChromeDriver page = browser.driver();

        page.get(app.application().traineeUri() + "/");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("name"))).sendKeys("Vic Voice");
        page.findElement(By.id("register-button")).click();
        browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("mode-voice"))).click();
        page.findElement(By.id("start-button")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("view-voice")));

        browser.waiting().until(driver -> page.findElements(By.cssSelector("#voice-log .bubble.trainee")).size() >= 1
                && page.findElements(By.cssSelector("#voice-log .bubble.buyer")).size() >= 2);
        List<String> buyer = page.findElements(By.cssSelector("#voice-log .bubble.buyer")).stream()
                .map(WebElement::getText).toList();
        assertThat(buyer.get(0)).contains("Alright, sell me this pen.");
        assertThat(buyer.get(1)).contains("I'm a teacher. I mark essays all day.");
        assertThat(page.findElement(By.cssSelector("#voice-log .bubble.trainee")).getText())
                .contains("what do you do for a living?");
        WebElement view = page.findElement(By.id("view-voice"));
        assertThat(Integer.parseInt(view.getDomAttribute("data-played-ms"))).isGreaterThanOrEqualTo(3000);
        assertThat(Integer.parseInt(view.getDomAttribute("data-sent-chunks"))).isPositive();

        assertThat(fake.loudChunks.get()).as("non-silent PCM16 reached upstream").isPositive();
        // steady state: the bytes that arrived between two moments two seconds apart, as the fake timed them
        long bytesBefore = fake.audioBytes.get();
        long nanosBefore = fake.lastAudioNanos.get();
        Thread.sleep(2500);
        double seconds = (fake.lastAudioNanos.get() - nanosBefore) / 1e9;
        double bytesPerSecond = (fake.audioBytes.get() - bytesBefore) / seconds;
        assertThat(bytesPerSecond).as("24 kHz × 2 bytes, measured over %.1f s", seconds).isBetween(38_400.0, 57_600.0);
        browser.screenshot("voice-conversation");

        // the trainee spoke while the buyer's 3-second opening was playing: barge-in
        List<String> cancels = fake.clientEvents.stream().filter(e -> e.contains("\"response.cancel\"")).toList();
        List<String> truncates = fake.clientEvents.stream()
                .filter(e -> e.contains("\"conversation.item.truncate\"")).toList();
        assertThat(cancels).isNotEmpty();
        assertThat(truncates).isNotEmpty();
        var truncate = TestApp.MAPPER.readTree(truncates.get(0));
        assertThat(truncate.path("item_id").asText()).startsWith("item_out_");
        assertThat(truncate.path("audio_end_ms").asInt()).isBetween(0, 3000);

        page.findElement(By.id("voice-end-button")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("view-score")));
        assertThat(page.findElements(By.cssSelector("#categories .category"))).hasSize(5);
        browser.screenshot("voice-scorecard");
    }
}
