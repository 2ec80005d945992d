package net.sellmeapen.training;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import net.sellmeapen.Fixtures;
import net.sellmeapen.Offline;
import net.sellmeapen.TestApp.Reply;
import net.sellmeapen.TestApp;
import net.sellmeapen.conversation.Difficulty;
import net.sellmeapen.conversation.Product;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class TrainingApiTest {

    private TestApp app;

    @BeforeEach
    void start() {
        app = TestApp.start();
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void registering_returns_the_user_and_a_token_shown_once() {
        Reply reply = app.postJson("/api/users", null, Map.of("name", "  Ada   Lovelace ", "email", "Ada@Example.com"));
        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.json().path("success").asBoolean()).isTrue();
        assertThat(reply.json().path("user").path("name").asText()).isEqualTo("Ada Lovelace");
        assertThat(reply.json().path("user").path("email").asText()).isEqualTo("ada@example.com");
        assertThat(reply.json().path("user").has("tokenHash")).isFalse();
        String token = reply.json().path("token").asText();
        assertThat(token).hasSizeGreaterThanOrEqualTo(43);
        assertThat(app.get("/api/me/sessions", token).status()).isEqualTo(200);
    }

    @Test
    void the_token_is_stored_only_as_a_hash() throws Exception {
        String token = app.register("Grace");
        try (var connection = app.sqlConnection();
             var statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT token_hash FROM auth_tokens")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isNotEqualTo(token).hasSize(64)
                    .isEqualTo(net.sellmeapen.security.RandomTokens.sha256Hex(token));
        }
    }

    @Test
    void a_session_starts_in_progress_with_defaults_medium_and_text() {
        String token = app.register("Ada");
        Reply reply = app.post("/api/sessions", token, null, "");
        assertThat(reply.status()).isEqualTo(201);
        JsonNode session = reply.json().path("session");
        assertThat(session.path("difficultyLevel").asText()).isEqualTo("MEDIUM");
        assertThat(session.path("mode").asText()).isEqualTo("TEXT");
        assertThat(session.path("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(session.path("outcome").isNull()).isTrue();
        assertThat(session.path("id").asText()).matches("[A-Za-z0-9_-]{22}");
    }

    @Test
    void the_product_brief_comes_with_every_session_and_on_its_own_from_the_product_file() {
        JsonNode product = app.get("/api/product", null).json().path("product");
        Product.Brief expected = Offline.PRODUCT.brief();
        assertThat(product.path("name").asText()).isEqualTo(expected.name());
        assertThat(product.path("price").asInt()).isEqualTo(expected.price());
        assertThat(product.path("regularPrice").asInt()).isEqualTo(expected.regularPrice());
        assertThat(product.path("guarantee").asText()).isEqualTo(expected.guarantee());
        assertThat(product.path("offers").get(0).path("ends").asText()).isEqualTo(expected.offers().get(0).ends());
        assertThat(product.path("highlights")).hasSize(expected.highlights().size());
        String token = app.register("Ada");
        Reply started = app.postJson("/api/sessions", token, Map.of("difficultyLevel", "EASY"));
        assertThat(started.json().path("product")).isEqualTo(product);
        String id = started.json().path("session").path("id").asText();
        assertThat(app.get("/api/sessions/" + id, token).json().path("product")).isEqualTo(product);
    }

    @Test
    void completing_with_a_transcript_scores_stores_and_returns_the_session() {
        String token = app.register("Ada");
        String id = app.startSession(token, "HARD");
        String transcript = Fixtures.text("fixtures/strong/01-lawyer-price-objection.txt");

        Reply reply = app.postJson("/api/sessions/" + id + "/complete", token, Map.of("transcript", transcript));

        assertThat(reply.status()).isEqualTo(200);
        JsonNode evaluation = reply.json().path("evaluation");
        int total = evaluation.path("totalScore").asInt();
        int sum = 0;
        for (String key : List.of("needsDiscovery", "valueProposition", "urgencyCreation", "objectionHandling",
                "closingTechnique")) {
            JsonNode category = evaluation.path("categories").path(key);
            assertThat(category.path("maxScore").asInt()).isEqualTo(20);
            sum += category.path("score").asInt();
        }
        assertThat(total).isEqualTo(sum).isPositive();
        assertThat(evaluation.path("weightedScore").asInt()).isEqualTo(Difficulty.HARD.weighted(total));
        assertThat(evaluation.path("evaluator").asText()).isEqualTo("rubric");

        assertThat(evaluation.path("source").asText()).isEqualTo("self-reported");
        JsonNode evidence = evaluation.path("categories").path("needsDiscovery").path("evidence").get(0);
        assertThat(evidence.path("turn").asInt()).isPositive();
        assertThat(evidence.path("mark").asText()).isIn("earned", "cost");
        assertThat(evidence.path("quote").asText()).isNotBlank();

        JsonNode session = reply.json().path("session");
        assertThat(session.path("status").asText()).isEqualTo("COMPLETED");
        assertThat(session.path("source").asText()).isEqualTo("self-reported");
        assertThat(session.path("outcome").isNull()).as("a pasted transcript's outcome is not trusted").isTrue();
        assertThat(session.path("completedAt").asText()).isNotEmpty();
        assertThat(session.path("totalScore").asInt()).isEqualTo(total);
        assertThat(session.path("turns")).hasSize(14);
        assertThat(session.path("turns").get(0).path("speaker").asText()).isEqualTo("BUYER");
        assertThat(session.path("transcript").asText()).startsWith("Buyer: Alright. Sell me this pen.\nTrainee: ");

        Reply fetched = app.get("/api/sessions/" + id, token);
        assertThat(fetched.json().path("session").path("evaluation")).isEqualTo(evaluation);
    }

    @Test
    void category_scores_are_stored_as_columns() throws Exception {
        String token = app.register("Ada");
        String id = app.startSession(token, "EASY");
        Reply reply = app.postJson("/api/sessions/" + id + "/complete", token,
                Map.of("transcript", Fixtures.text("fixtures/strong/03-student-exam-timing.txt")));
        JsonNode categories = reply.json().path("evaluation").path("categories");
        try (var connection = app.sqlConnection();
             var statement = connection.prepareStatement("SELECT needs_discovery_score, value_proposition_score,"
                     + " urgency_creation_score, objection_handling_score, closing_technique_score, total_score,"
                     + " weighted_score, evaluator FROM training_sessions WHERE id = ?")) {
            statement.setString(1, id);
            var row = statement.executeQuery();
            assertThat(row.next()).isTrue();
            assertThat(row.getInt(1)).isEqualTo(categories.path("needsDiscovery").path("score").asInt());
            assertThat(row.getInt(2)).isEqualTo(categories.path("valueProposition").path("score").asInt());
            assertThat(row.getInt(3)).isEqualTo(categories.path("urgencyCreation").path("score").asInt());
            assertThat(row.getInt(4)).isEqualTo(categories.path("objectionHandling").path("score").asInt());
            assertThat(row.getInt(5)).isEqualTo(categories.path("closingTechnique").path("score").asInt());
            assertThat(row.getInt(6)).isEqualTo(reply.json().path("evaluation").path("totalScore").asInt());
            assertThat(row.getInt(7)).isEqualTo(reply.json().path("evaluation").path("weightedScore").asInt());
            assertThat(row.getString(8)).isEqualTo("rubric");
        }
    }

    @Test
    void a_transcript_as_a_list_of_turns_is_accepted() {
        String token = app.register("Ada");
        String id = app.startSession(token, "MEDIUM");
        Reply reply = app.postJson("/api/sessions/" + id + "/complete", token, Map.of("transcript", List.of(
                Map.of("speaker", "BUYER", "text", "Sell me this pen."),
                Map.of("speaker", "trainee", "text", "What do you use a pen for?"),
                Map.of("speaker", "customer", "text", "Crosswords."),
                Map.of("speaker", "Seller", "text", "Then you'll love how it never smudges your crosswords."))));
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("session").path("turns")).hasSize(4);
        assertThat(reply.json().path("session").path("turns").get(3).path("speaker").asText()).isEqualTo("TRAINEE");
        assertThat(reply.json().path("evaluation").path("categories").path("valueProposition").path("score").asInt())
                .isPositive();
    }

    @Test
    void history_lists_sessions_newest_first_with_progress() {
        String token = app.register("Ada");
        String first = app.startSession(token, "EASY");
        app.postJson("/api/sessions/" + first + "/complete", token,
                Map.of("transcript", Fixtures.text("fixtures/weak/04-gives-up.txt")));
        JsonNode completed = app.playModelPitch(token, "EXPERT");
        String third = app.startSession(token, "MEDIUM");

        Reply reply = app.get("/api/me/sessions", token);

        assertThat(reply.status()).isEqualTo(200);
        JsonNode sessions = reply.json().path("sessions");
        assertThat(sessions).hasSize(3);
        assertThat(sessions.get(0).path("id").asText()).isEqualTo(third);
        assertThat(sessions.get(2).path("id").asText()).isEqualTo(first);
        assertThat(sessions.get(2).path("source").asText()).isEqualTo("self-reported");
        assertThat(sessions.get(1).path("source").asText()).isEqualTo("server-recorded");
        assertThat(sessions.get(1).path("categoryScores").path("closingTechnique").asInt()).isEqualTo(
                completed.path("evaluation").path("categories").path("closingTechnique").path("score").asInt());
        JsonNode progress = reply.json().path("progress");
        assertThat(progress.path("sessionsStarted").asInt()).isEqualTo(3);
        assertThat(progress.path("sessionsCompleted").asInt()).isEqualTo(2);
        assertThat(progress.path("sales").asInt()).as("only the recorded session can be a sale").isEqualTo(1);
        int best = completed.path("evaluation").path("weightedScore").asInt();
        assertThat(progress.path("bestWeightedScore").asInt()).isEqualTo(best);
        assertThat(progress.path("averageCategoryScores").size()).isEqualTo(5);
    }

    @Test
    void the_leaderboard_ranks_each_trainees_best_recorded_session_and_never_a_pasted_one() {
        String ada = app.register("Ada");
        String grace = app.register("Grace");
        String mallory = app.register("Mallory");
        app.playScript(ada, "EASY", List.of("Would you like to buy this pen?", "It's a great pen."));
        int adaBest = app.playModelPitch(ada, "EXPERT").path("evaluation").path("weightedScore").asInt();
        int graceBest = app.playModelPitch(grace, "MEDIUM").path("evaluation").path("weightedScore").asInt();
        app.startSession(grace, "HARD");
        String pasted = app.startSession(mallory, "EXPERT");
        Reply claimed = app.postJson("/api/sessions/" + pasted + "/complete", mallory, Map.of("transcript",
                Fixtures.text("fixtures/strong/01-lawyer-price-objection.txt") + "\nBuyer: Deal, I'll take ten."));
        assertThat(claimed.json().path("session").path("outcome").isNull()).isTrue();

        JsonNode board = app.get("/api/leaderboard", null).json().path("leaderboard");

        assertThat(board).extracting(entry -> entry.path("name").asText()).containsExactly("Ada", "Grace");
        assertThat(board.get(0).path("bestWeightedScore").asInt()).isEqualTo(adaBest);
        assertThat(board.get(0).path("difficultyLevel").asText()).isEqualTo("EXPERT");
        assertThat(board.get(0).path("rank").asInt()).isEqualTo(1);
        assertThat(board.get(1).path("bestWeightedScore").asInt()).isEqualTo(graceBest);
        assertThat(board.get(1).has("email")).isFalse();

        JsonNode medium = app.get("/api/leaderboard?difficultyLevel=medium", null).json().path("leaderboard");
        assertThat(medium).hasSize(1);
        assertThat(medium.get(0).path("name").asText()).isEqualTo("Grace");
    }

    @Test
    void difficulty_levels_list_behaviour_and_multiplier() {
        JsonNode levels = app.get("/api/difficulty-levels", null).json().path("levels");
        assertThat(levels).hasSize(4);
        assertThat(levels.get(0).path("level").asText()).isEqualTo("EASY");
        assertThat(levels.get(0).path("multiplier").asDouble()).isEqualTo(0.8);
        assertThat(levels.get(3).path("level").asText()).isEqualTo("EXPERT");
        assertThat(levels.get(3).path("multiplier").asDouble()).isEqualTo(1.5);
        assertThat(levels.get(2).path("buyerBehavior").asText()).containsIgnoringCase("skeptical");
    }

    @Test
    void everything_is_served_under_the_base_path_only() {
        assertThat(app.application().traineeUri().getPath()).isEqualTo("/SellMeAPenExt");
        var root = java.net.URI.create("http://localhost:" + app.application().traineeUri().getPort() + "/health");
        assertThat(app.send(java.net.http.HttpRequest.newBuilder(root).GET()).status()).isEqualTo(404);
    }
}
