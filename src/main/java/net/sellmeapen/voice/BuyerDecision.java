package net.sellmeapen.voice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Optional;
import net.sellmeapen.buyer.BuyerPersona;
import net.sellmeapen.conversation.Outcome;
import net.sellmeapen.training.TrainingService;

/**
 * The voice buyer's decision: reads its call of the decision tool, records the outcome (once per
 * session), and says what the browser hears and what the call is answered with.
 */
final class BuyerDecision {

    /**
     * What one decision call leads to.
     *
     * @param browserEvent the {@code app.outcome} event for the browser, when an outcome was recorded
     * @param callItem the {@code conversation.item.create} that answers the call upstream
     */
    record Result(Optional<String> browserEvent, String callItem) {
    }

    private final String sessionId;
    private final TrainingService training;
    private final ObjectMapper mapper;
    private final RealtimeEvents events;

    BuyerDecision(String sessionId, TrainingService training, ObjectMapper mapper, RealtimeEvents events) {
        this.sessionId = sessionId;
        this.training = training;
        this.mapper = mapper;
        this.events = events;
    }

    /** Handles a {@code response.function_call_arguments.done} event; empty when it calls another function. */
    Optional<Result> handle(JsonNode event) {
        if (!BuyerPersona.DECISION_TOOL.equals(event.path("name").asText())) {
            return Optional.empty();
        }
        JsonNode arguments = arguments(event.path("arguments").asText("{}"));
        String reason = arguments.path("reason").asText("");
        Outcome outcome = switch (arguments.path("decision").asText("")) {
            case "buy" -> Outcome.SALE;
            case "no_sale" -> Outcome.NO_SALE;
            default -> null;
        };
        var output = mapper.createObjectNode();
        Optional<String> browserEvent = Optional.empty();
        if (outcome == null) {
            output.put("recorded", false).put("error", "decision must be buy or no_sale");
        } else {
            boolean recorded = training.recordOutcome(sessionId, outcome);
            output.put("recorded", recorded);
            if (recorded) {
                browserEvent = Optional.of(events.app("outcome").put("outcome", outcome.name()).put("reason", reason)
                        .toString());
            }
        }
        return Optional.of(new Result(browserEvent,
                events.functionCallOutput(event.path("call_id").asText(), output.toString())));
    }

    private JsonNode arguments(String json) {
        try {
            JsonNode node = mapper.readTree(json);
            return node == null ? mapper.createObjectNode() : node;
        } catch (IOException e) {
            return mapper.createObjectNode();
        }
    }
}
