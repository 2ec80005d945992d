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
import net.sellmeapen.conversation.Category;
import net.sellmeapen.conversation.Speaker;
import net.sellmeapen.conversation.Transcripts;
import net.sellmeapen.conversation.Turn;
import net.sellmeapen.conversation.analysis.ConversationAnalyzer;
import net.sellmeapen.language.Phrases;
import net.sellmeapen.llm.ChatClient;
import net.sellmeapen.llm.LlmException;
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
    private final ConversationAnalyzer analyzer;
    private final JsonNode schema;

    public LlmEvaluator(ChatClient client, ObjectMapper mapper, String model, RubricEvaluator fallback,
            ConversationAnalyzer analyzer) {
        this.client = client;
        this.mapper = mapper;
        this.model = model;
        this.fallback = fallback;
        this.analyzer = analyzer;
        this.schema = scorecardSchema(mapper);
    }

    @Override
    public SalesEvaluation evaluate(Attempt attempt) {
        Scoring scoring = new Scoring(attempt, attempt.drill() == null
                ? analyzer.analyse(attempt.turns()) : analyzer.analyseDrill(attempt.turns()));
        List<ChatClient.Message> messages = List.of(
                new ChatClient.Message("system", EvaluationPrompt.SYSTEM),
                new ChatClient.Message("user", EvaluationPrompt.user(transcript(attempt.turns()), attempt.difficulty(),
                        attempt.source(), notes(scoring))));
        String failure;
        long deadline = client.deadlineFromNow(); // both tries together, so a stalled model costs one timeout
        try {
            try {
                return parse(client.complete(model, messages, "sales_scorecard", schema, MAX_TOKENS, deadline),
                        scoring);
            } catch (LlmException e) {
                if (e.kind() != LlmException.Kind.BAD_OUTPUT) {
                    throw e;
                }
                LOG.info("LLM evaluator: invalid output ({}), asking once more", e.reason());
                return parse(client.complete(model, messages, "sales_scorecard", schema, MAX_TOKENS, deadline),
                        scoring);
            }
        } catch (LlmException e) {
            failure = e.reason();
        }
        LOG.warn("LLM evaluator failed ({}); using the rubric", failure);
        return fallback.evaluate(attempt).withEvaluator(RubricEvaluator.NAME + " (fallback: " + failure + ")");
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

    /** What the offline analysis found, in a few lines the model can check against the transcript. */
    private static String notes(Scoring scoring) {
        StringBuilder notes = new StringBuilder();
        List<SalesEvaluation.ConcernSummary> concerns = RubricEvaluator.concerns(scoring);
        if (concerns.isEmpty()) {
            notes.append("- The buyer raised no concern.\n");
        }
        for (SalesEvaluation.ConcernSummary concern : concerns) {
            notes.append("- Turn ").append(concern.raisedAt()).append(": the buyer raised ").append(concern.concern())
                    .append(concern.answered() ? "; answered with substance at turn " + concern.answeredAt()
                            : "; never answered with substance").append(".\n");
        }
        List<Integer> repeats = RubricEvaluator.repeatedTurns(scoring);
        if (!repeats.isEmpty()) {
            notes.append("- Trainee turns that repeat an earlier one: ").append(repeats).append(".\n");
        }
        return notes.toString();
    }

    private SalesEvaluation parse(String content, Scoring scoring) throws LlmException {
        JsonNode root;
        try {
            root = mapper.readTree(content);
        } catch (Exception e) {
            throw new LlmException(LlmException.Kind.BAD_OUTPUT, "output was not JSON");
        }
        if (root == null || !root.isObject() || !root.path("categories").isObject()) {
            throw new LlmException(LlmException.Kind.BAD_OUTPUT, "output missed the categories");
        }
        List<Turn> turns = scoring.attempt().turns();
        Map<Category, CategoryScore> scores = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            JsonNode node = root.path("categories").path(category.key());
            if (!node.path("score").isNumber() || !node.path("feedback").isTextual()) {
                throw new LlmException(LlmException.Kind.BAD_OUTPUT, "output missed " + category.key());
            }
            int score = (int) Math.round(Math.max(0, Math.min(Category.MAX_SCORE, node.path("score").asDouble())));
            List<Evidence> evidence = new ArrayList<>();
            for (JsonNode item : node.path("evidence")) {
                String quote = item.path("quote").asText("").strip();
                int turn = traineeTurnSaying(turns, quote);
                if (turn > 0 && evidence.size() < 3) {
                    String mark = Evidence.COST.equals(item.path("mark").asText()) ? Evidence.COST : Evidence.EARNED;
                    evidence.add(new Evidence(turn, quote, mark, 0));
                }
            }
            scores.put(category, new CategoryScore(score, Category.MAX_SCORE, node.path("feedback").asText().strip(),
                    List.copyOf(evidence)));
        }
        List<TurningPoint> turningPoints = new ArrayList<>();
        for (JsonNode point : root.path("turningPoints")) {
            String said = point.path("youSaid").asText("").strip();
            int turn = traineeTurnSaying(turns, said);
            if (turn > 0 && turningPoints.size() < TurningPoints.MAX) {
                turningPoints.add(new TurningPoint(turn, said, point.path("tryInstead").asText("").strip(),
                        point.path("why").asText("").strip()));
            }
        }
        Set<String> recommendations = new LinkedHashSet<>();
        for (JsonNode tip : root.path("recommendations")) {
            if (tip.isTextual() && !tip.asText().isBlank()) {
                recommendations.add(tip.asText().strip());
            }
        }
        if (recommendations.size() < 3 || turningPoints.isEmpty()) {
            SalesEvaluation rubric = fallback.evaluate(scoring.attempt());
            recommendations.addAll(rubric.recommendations());
            if (turningPoints.isEmpty()) {
                turningPoints.addAll(rubric.turningPoints());
            }
        }
        return SalesEvaluation.of(scores, scoring.attempt().difficulty(), NAME, model, scoring.attempt().source(),
                root.path("feedback").asText("").strip(), turningPoints,
                List.copyOf(recommendations).subList(0, Math.min(5, recommendations.size())),
                RubricEvaluator.concerns(scoring), RubricEvaluator.repeatedTurns(scoring));
    }

    /** The number of the trainee turn that says this quote (ignoring case and spacing), or 0 when none does. */
    private static int traineeTurnSaying(List<Turn> turns, String quote) {
        String wanted = normal(quote);
        if (wanted.isEmpty()) {
            return 0;
        }
        for (Turn turn : turns) {
            if (turn.speaker() == Speaker.TRAINEE && normal(turn.text()).contains(wanted)) {
                return turn.seq();
            }
        }
        return 0;
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
            ObjectNode item = fields.putObject("evidence").put("type", "array").putObject("items").put("type", "object");
            ObjectNode itemFields = item.putObject("properties");
            itemFields.putObject("quote").put("type", "string");
            itemFields.putObject("mark").put("type", "string").putArray("enum").add(Evidence.EARNED).add(Evidence.COST);
            item.putArray("required").add("quote").add("mark");
            item.put("additionalProperties", false);
            one.putArray("required").add("score").add("feedback").add("evidence");
            one.put("additionalProperties", false);
        }
        var required = categories.putArray("required");
        for (Category category : Category.values()) {
            required.add(category.key());
        }
        categories.put("additionalProperties", false);
        properties.putObject("feedback").put("type", "string");
        ObjectNode point = properties.putObject("turningPoints").put("type", "array").putObject("items")
                .put("type", "object");
        ObjectNode pointFields = point.putObject("properties");
        for (String field : List.of("youSaid", "tryInstead", "why")) {
            pointFields.putObject(field).put("type", "string");
        }
        point.putArray("required").add("youSaid").add("tryInstead").add("why");
        point.put("additionalProperties", false);
        properties.putObject("recommendations").put("type", "array").putObject("items").put("type", "string");
        schema.putArray("required").add("categories").add("feedback").add("turningPoints").add("recommendations");
        schema.put("additionalProperties", false);
        return schema;
    }
}
