package net.sellmeapen.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.sellmeapen.language.Phrases;
import net.sellmeapen.llm.ChatClient;
import net.sellmeapen.llm.LlmException;
import net.sellmeapen.conversation.Difficulty;
import net.sellmeapen.conversation.Speaker;
import net.sellmeapen.conversation.Transcripts;
import net.sellmeapen.conversation.Turn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scores with a model over chat completions, then trusts nothing it says: scores are clamped to
 * 0–20, totals and grade are recomputed here, and evidence quotes that the trainee did not say are
 * dropped. Invalid output is retried once; any failure falls back to the {@link RubricEvaluator}.
 */
public final class LlmEvaluator implements Evaluator {

    /** The name stored with scorecards this evaluator makes. */
    public static final String NAME = "llm";
    /** Most transcript characters sent to the model; longer conversations keep their opening and end. */
    public static final int MAX_TRANSCRIPT_CHARS = 24_000;
    private static final int MAX_TOKENS = 1_500;
    private static final Logger LOG = LoggerFactory.getLogger(LlmEvaluator.class);

    private final ChatClient client;
    private final ObjectMapper mapper;
    private final String model;
    private final RubricEvaluator fallback;
    private final JsonNode schema;

    public LlmEvaluator(ChatClient client, ObjectMapper mapper, String model, RubricEvaluator fallback) {
        this.client = client;
        this.mapper = mapper;
        this.model = model;
        this.fallback = fallback;
        this.schema = scorecardSchema(mapper);
    }

    @Override
    public SalesEvaluation evaluate(List<Turn> turns, Difficulty difficulty) {
        List<ChatClient.Message> messages = List.of(
                new ChatClient.Message("system", EvaluationPrompt.SYSTEM),
                new ChatClient.Message("user", EvaluationPrompt.user(transcript(turns), difficulty)));
        String failure;
        try {
            try {
                return parse(client.complete(model, messages, "sales_scorecard", schema, MAX_TOKENS), turns, difficulty);
            } catch (LlmException e) {
                if (e.kind() != LlmException.Kind.BAD_OUTPUT) {
                    throw e;
                }
                LOG.info("LLM evaluator: invalid output ({}), asking once more", e.reason());
                return parse(client.complete(model, messages, "sales_scorecard", schema, MAX_TOKENS), turns, difficulty);
            }
        } catch (LlmException e) {
            failure = e.reason();
        }
        LOG.warn("LLM evaluator failed ({}); using the rubric", failure);
        SalesEvaluation rubric = fallback.evaluate(turns, difficulty);
        return new SalesEvaluation(rubric.totalScore(), rubric.weightedScore(), rubric.multiplier(), rubric.grade(),
                RubricEvaluator.NAME + " (fallback: " + failure + ")", null, rubric.categories(), rubric.feedback(),
                rubric.recommendations());
    }

    @Override
    public boolean callsModel() {
        return true;
    }

    /** The transcript with speaker labels, cut in the middle when it is too long. */
    static String transcript(List<Turn> turns) {
        String text = Transcripts.render(turns);
        if (text.length() <= MAX_TRANSCRIPT_CHARS) {
            return text;
        }
        int half = MAX_TRANSCRIPT_CHARS / 2;
        return text.substring(0, half) + "\n[… middle of the conversation left out for length …]\n"
                + text.substring(text.length() - half);
    }

    private SalesEvaluation parse(String content, List<Turn> turns, Difficulty difficulty) throws LlmException {
        JsonNode root;
        try {
            root = mapper.readTree(content);
        } catch (Exception e) {
            throw new LlmException(LlmException.Kind.BAD_OUTPUT, "output was not JSON");
        }
        if (root == null || !root.isObject() || !root.path("categories").isObject()) {
            throw new LlmException(LlmException.Kind.BAD_OUTPUT, "output missed the categories");
        }
        String said = traineeWords(turns);
        Map<Category, CategoryScore> scores = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            JsonNode node = root.path("categories").path(category.key());
            if (!node.path("score").isNumber() || !node.path("feedback").isTextual()) {
                throw new LlmException(LlmException.Kind.BAD_OUTPUT, "output missed " + category.key());
            }
            int score = (int) Math.round(Math.max(0, Math.min(Category.MAX_SCORE, node.path("score").asDouble())));
            List<String> evidence = new ArrayList<>();
            for (JsonNode quote : node.path("evidence")) {
                String text = quote.asText("").strip();
                if (!text.isEmpty() && said.contains(normal(text)) && evidence.size() < 3) {
                    evidence.add(text);
                }
            }
            scores.put(category, new CategoryScore(score, Category.MAX_SCORE, node.path("feedback").asText().strip(),
                    List.copyOf(evidence)));
        }
        Set<String> recommendations = new LinkedHashSet<>();
        for (JsonNode tip : root.path("recommendations")) {
            if (tip.isTextual() && !tip.asText().isBlank()) {
                recommendations.add(tip.asText().strip());
            }
        }
        if (recommendations.size() < 3) {
            recommendations.addAll(fallback.evaluate(turns, difficulty).recommendations());
        }
        SalesEvaluation evaluation = SalesEvaluation.of(scores, difficulty, NAME, root.path("feedback").asText("").strip(),
                List.copyOf(recommendations).subList(0, Math.min(5, recommendations.size())));
        return new SalesEvaluation(evaluation.totalScore(), evaluation.weightedScore(), evaluation.multiplier(),
                evaluation.grade(), NAME, model, evaluation.categories(), evaluation.feedback(),
                evaluation.recommendations());
    }

    private static String traineeWords(List<Turn> turns) {
        StringBuilder words = new StringBuilder();
        for (Turn turn : turns) {
            if (turn.speaker() == Speaker.TRAINEE) {
                words.append(normal(turn.text())).append(' ');
            }
        }
        return words.toString();
    }

    /** Case, quotes, white space and surrounding punctuation do not matter when matching a quote. */
    private static String normal(String text) {
        return Phrases.normalise(text).replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}\\s]+$", "");
    }

    /** Strict-mode JSON schema: every property required, no additional properties. */
    static JsonNode scorecardSchema(ObjectMapper mapper) {
        ObjectNode schema = mapper.createObjectNode().put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        ObjectNode categories = properties.putObject("categories").put("type", "object");
        ObjectNode categoryProperties = categories.putObject("properties");
        for (Category category : Category.values()) {
            ObjectNode one = categoryProperties.putObject(category.key()).put("type", "object");
            ObjectNode fields = one.putObject("properties");
            fields.putObject("score").put("type", "integer").put("description", "0 to 20");
            fields.putObject("feedback").put("type", "string");
            fields.putObject("evidence").put("type", "array").putObject("items").put("type", "string");
            one.putArray("required").add("score").add("feedback").add("evidence");
            one.put("additionalProperties", false);
        }
        var required = categories.putArray("required");
        for (Category category : Category.values()) {
            required.add(category.key());
        }
        categories.put("additionalProperties", false);
        properties.putObject("feedback").put("type", "string");
        properties.putObject("recommendations").put("type", "array").putObject("items").put("type", "string");
        schema.putArray("required").add("categories").add("feedback").add("recommendations");
        schema.put("additionalProperties", false);
        return schema;
    }
}
