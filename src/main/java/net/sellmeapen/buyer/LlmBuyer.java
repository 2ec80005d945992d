package net.sellmeapen.buyer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import net.sellmeapen.llm.ChatClient;
import net.sellmeapen.llm.LlmException;
import net.sellmeapen.conversation.Outcome;
import net.sellmeapen.conversation.Speaker;
import net.sellmeapen.conversation.Turn;
import net.sellmeapen.conversation.analysis.ConversationAnalysis;
import net.sellmeapen.conversation.analysis.ConversationAnalyzer;

/**
 * The buyer played by a model over chat completions, with the same persona as the scripted and
 * voice buyers. Each answer is JSON — the line to say and a decision ({@code none}, {@code buy},
 * {@code no_sale}) — so the outcome is recorded exactly as the scripted buyer's is.
 */
public final class LlmBuyer implements Buyer {

    private static final int MAX_TOKENS = 300;
    private static final int MAX_HISTORY_TURNS = 60;

    private final ChatClient client;
    private final ObjectMapper mapper;
    private final String model;
    private final BuyerPersona persona;
    private final ScriptedBuyer openings;
    private final ConversationAnalyzer analyzer;
    private final JsonNode schema;

    /**
     * @param openings the scripted buyer whose opening lines this buyer uses, so a session starts at once
     * @param analyzer reads the conversation so far into the state the model is reminded of at each reply
     */
    public LlmBuyer(ChatClient client, ObjectMapper mapper, String model, BuyerPersona persona,
            ScriptedBuyer openings, ConversationAnalyzer analyzer) {
        this.client = client;
        this.mapper = mapper;
        this.model = model;
        this.persona = persona;
        this.openings = openings;
        this.analyzer = analyzer;
        this.schema = replySchema(mapper);
    }

    @Override
    public boolean callsModel() {
        return true;
    }

    /** The same persona as the scripted buyer's for the session. */
    @Override
    public String persona(String sessionId) {
        return openings.persona(sessionId);
    }

    /** The opening line is the scripted buyer's: a session starts without waiting on the model. */
    @Override
    public String opening(Scene scene) {
        return openings.opening(scene);
    }

    @Override
    public BuyerReply reply(Scene scene, List<Turn> history, String message) {
        List<ChatClient.Message> messages = new ArrayList<>();
        messages.add(new ChatClient.Message("system", persona.instructions(scene.sessionId(), scene.difficulty())
                + (scene.isDrill() ? "\nThis is a short drill on one skill (" + scene.drill().label() + "): stay in"
                        + " the situation your first line set up." : "")
                + "\nThis conversation is a text chat. Answer with JSON: \"reply\" is what you say; \"decision\" is"
                + " \"none\" until you decide, then \"buy\" or \"no_sale\" in the same answer as your last line.\n"
                + persona.situation(analysed(scene, history, message), scene.difficulty())));
        List<Turn> recent = history.size() > MAX_HISTORY_TURNS
                ? history.subList(history.size() - MAX_HISTORY_TURNS, history.size()) : history;
        for (Turn turn : recent) {
            messages.add(new ChatClient.Message(turn.speaker() == Speaker.BUYER ? "assistant" : "user", turn.text()));
        }
        messages.add(new ChatClient.Message("user", message));
        try {
            return parse(client.complete(model, messages, "buyer_reply", schema, MAX_TOKENS));
        } catch (LlmException e) {
            throw new BuyerUnavailableException(e.reason());
        }
    }

    private ConversationAnalysis analysed(Scene scene, List<Turn> history, String message) {
        List<Turn> turns = new ArrayList<>(history);
        turns.add(new Turn(turns.size() + 1, Speaker.TRAINEE, message, java.time.Instant.EPOCH));
        return scene.isDrill() ? analyzer.analyseDrill(turns) : analyzer.analyse(turns);
    }

    private BuyerReply parse(String content) throws LlmException {
        try {
            JsonNode root = mapper.readTree(content);
            String reply = root.path("reply").asText("").strip();
            if (reply.isEmpty()) {
                throw new LlmException(LlmException.Kind.BAD_OUTPUT, "the buyer's answer was empty");
            }
            Outcome decision = switch (root.path("decision").asText("none")) {
                case "buy" -> Outcome.SALE;
                case "no_sale" -> Outcome.NO_SALE;
                default -> null;
            };
            return new BuyerReply(reply, decision);
        } catch (LlmException e) {
            throw e;
        } catch (Exception e) {
            throw new LlmException(LlmException.Kind.BAD_OUTPUT, "the buyer's answer was not JSON");
        }
    }

    private static JsonNode replySchema(ObjectMapper mapper) {
        ObjectNode schema = mapper.createObjectNode().put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        properties.putObject("reply").put("type", "string");
        properties.putObject("decision").put("type", "string").putArray("enum").add("none").add("buy").add("no_sale");
        schema.putArray("required").add("reply").add("decision");
        schema.put("additionalProperties", false);
        return schema;
    }
}
