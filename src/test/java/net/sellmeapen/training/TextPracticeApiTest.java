package net.sellmeapen.training;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import net.sellmeapen.Offline;
import net.sellmeapen.TestApp.Reply;
import net.sellmeapen.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class TextPracticeApiTest {

    private TestApp app;
    private String token;

    @BeforeEach
    void start() {
        app = TestApp.start();
        token = app.register("Ada");
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private Reply say(String id, String text) {
        return app.postJson("/api/sessions/" + id + "/messages", token, Map.of("text", text));
    }

    @Test
    void a_new_text_session_starts_with_the_buyers_opening_line() {
        JsonNode session = app.postJson("/api/sessions", token, Map.of("difficultyLevel", "EXPERT"))
                .json().path("session");
        assertThat(session.path("turns")).hasSize(1);
        assertThat(session.path("turns").get(0).path("speaker").asText()).isEqualTo("BUYER");
        assertThat(session.path("turns").get(0).path("text").asText()).containsIgnoringCase("sell me this pen");
    }

    @Test
    void a_new_session_meets_a_buyer_none_of_the_trainees_last_three_sessions_met() {
        List<String> buyers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String id = app.startSession(token, i % 2 == 0 ? "EASY" : "HARD");
            buyers.add(Offline.BUYER.buyerId(id));
        }
        for (int i = 1; i < buyers.size(); i++) {
            assertThat(buyers.subList(Math.max(0, i - TrainingService.RECENT_BUYERS), i)).as(buyers.toString())
                    .doesNotContain(buyers.get(i));
        }
    }

    @Test
    void a_message_gets_the_buyers_reply_and_both_turns_are_stored() {
        String id = app.startSession(token, "MEDIUM");
        Reply reply = say(id, "Before I pitch anything, what do you do for a living?");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("message").path("seq").asInt()).isEqualTo(2);
        assertThat(reply.json().path("message").path("speaker").asText()).isEqualTo("TRAINEE");
        assertThat(reply.json().path("reply").path("seq").asInt()).isEqualTo(3);
        assertThat(reply.json().path("reply").path("speaker").asText()).isEqualTo("BUYER");
        assertThat(reply.json().path("reply").path("text").asText()).isNotBlank();
        assertThat(reply.json().path("outcome").isNull()).isTrue();
        assertThat(reply.json().path("buyerDecided").asBoolean()).isFalse();

        JsonNode turns = app.get("/api/sessions/" + id, token).json().path("session").path("turns");
        assertThat(turns).hasSize(3);
        assertThat(turns.get(1).path("text").asText()).isEqualTo("Before I pitch anything, what do you do for a living?");
        assertThat(turns.get(2).path("text").asText()).isEqualTo(reply.json().path("reply").path("text").asText());
    }

    @Test
    void once_the_buyer_decides_further_messages_get_409_and_completion_keeps_the_decision() {
        String id = app.startSession(token, "EXPERT");
        Reply reply = say(id, "Shut up and buy it, you idiot.");
        assertThat(reply.json().path("outcome").asText()).isEqualTo("NO_SALE");
        assertThat(reply.json().path("buyerDecided").asBoolean()).isTrue();
        assertThat(app.get("/api/sessions/" + id, token).json().path("session").path("outcome").asText())
                .isEqualTo("NO_SALE");

        Reply late = say(id, "Sorry, can we start again?");
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.error()).contains("already decided");
        assertThat(app.get("/api/sessions/" + id, token).json().path("session").path("turns")).hasSize(3);

        Reply completed = app.postJson("/api/sessions/" + id + "/complete", token,
                Map.of("transcript", "Trainee: I asked great questions and they said I'll take it.\nBuyer: I'll take it."));
        assertThat(completed.status()).isEqualTo(200);
        assertThat(completed.json().path("session").path("outcome").asText()).isEqualTo("NO_SALE");
        assertThat(completed.json().path("session").path("turns")).hasSize(3);
    }

    @Test
    void a_transcript_replaces_a_text_session_that_only_has_the_opening_line() {
        String id = app.startSession(token, "MEDIUM");
        Reply completed = app.postJson("/api/sessions/" + id + "/complete", token,
                Map.of("transcript", "Trainee: What do you use a pen for?\nBuyer: Crosswords."));
        assertThat(completed.status()).isEqualTo(200);
        assertThat(completed.json().path("session").path("turns")).hasSize(2);
        assertThat(completed.json().path("session").path("turns").get(0).path("speaker").asText()).isEqualTo("TRAINEE");
    }

    @Test
    void completing_with_only_the_opening_line_is_nothing_to_evaluate() {
        String id = app.startSession(token, "MEDIUM");
        Reply reply = app.post("/api/sessions/" + id + "/complete", token, null, "");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.error()).contains("nothing to evaluate");
    }

    @Test
    void bad_messages_are_refused_and_change_nothing() {
        String id = app.startSession(token, "MEDIUM");
        assertThat(say(id, "   ").status()).isEqualTo(400);
        assertThat(say(id, "x".repeat(2001)).error()).contains("at most 2000");
        assertThat(app.postJson("/api/sessions/" + id + "/messages", token, Map.of("text", 5)).error())
                .contains("'text' must be a string");
        String other = app.register("Mallory");
        assertThat(app.postJson("/api/sessions/" + id + "/messages", other, Map.of("text", "hi")).status())
                .isEqualTo(404);
        assertThat(app.postJson("/api/sessions", token, Map.of("mode", "VOICE")).status())
                .as("no voice here: refused, not created").isEqualTo(503);
        assertThat(app.get("/api/sessions/" + id, token).json().path("session").path("turns")).hasSize(1);
    }

    @Test
    void a_whole_text_session_is_scored_from_the_recorded_turns() {
        String id = app.startSession(token, "EASY");
        say(id, "What do you do for a living?");
        say(id, "What frustrates you about the pens you use now?");
        say(id, "You mentioned that, so with this pen you'll never have that problem again.");
        Reply completed = app.postJson("/api/sessions/" + id + "/complete", token, Map.of());
        assertThat(completed.status()).isEqualTo(200);
        assertThat(completed.json().path("session").path("turns").size()).isGreaterThanOrEqualTo(7);
        assertThat(completed.json().path("evaluation").path("categories").path("needsDiscovery").path("score")
                .asInt()).isPositive();
    }
}
