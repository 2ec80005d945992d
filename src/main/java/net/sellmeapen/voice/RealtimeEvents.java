package net.sellmeapen.voice;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import net.sellmeapen.buyer.BuyerPersona;

/**
 * The OpenAI Realtime (GA) events the proxy sends and lets through: what the browser may send,
 * which upstream events reach the browser, and the events the server alone writes.
 */
final class RealtimeEvents {

    /** What the browser may send; everything else is refused and never forwarded. */
    static final Set<String> FROM_BROWSER = Set.of("input_audio_buffer.append", "input_audio_buffer.commit",
            "input_audio_buffer.clear", "response.cancel", "conversation.item.truncate");

    /**
     * Upstream events passed to the browser. Session events (which echo our instructions) and tool
     * calls stay on the server.
     */
    static final Set<String> TO_BROWSER = Set.of("input_audio_buffer.speech_started",
            "input_audio_buffer.speech_stopped", "input_audio_buffer.committed", "input_audio_buffer.cleared",
            "input_audio_buffer.timeout_triggered", "conversation.item.input_audio_transcription.delta",
            "conversation.item.input_audio_transcription.completed",
            "conversation.item.input_audio_transcription.failed", "conversation.item.truncated",
            "response.created", "response.done", "response.output_audio.delta", "response.output_audio.done",
            "response.output_audio_transcript.delta", "response.output_audio_transcript.done",
            "output_audio_buffer.started", "output_audio_buffer.stopped", "output_audio_buffer.cleared");

    private static final byte[] APPEND_HEAD = "{\"type\":\"input_audio_buffer.append\",\"audio\":\""
            .getBytes(StandardCharsets.US_ASCII);
    private static final byte[] APPEND_TAIL = "\"}".getBytes(StandardCharsets.US_ASCII);

    private final ObjectMapper mapper;

    RealtimeEvents(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The GA session.update that sets the buyer: persona, audio formats, voice, transcription, VAD, decision tool. */
    String sessionUpdate(String instructions, String model, String voice) {
        ObjectNode event = mapper.createObjectNode().put("type", "session.update");
        ObjectNode session = event.putObject("session");
        session.put("type", "realtime");
        session.put("model", model);
        session.put("instructions", instructions);
        session.putArray("output_modalities").add("audio");
        ObjectNode audio = session.putObject("audio");
        ObjectNode input = audio.putObject("input");
        input.putObject("format").put("type", "audio/pcm").put("rate", 24000);
        input.putObject("transcription").put("model", "gpt-4o-mini-transcribe");
        input.putObject("turn_detection").put("type", "server_vad").put("silence_duration_ms", 600)
                .put("create_response", true).put("interrupt_response", true);
        ObjectNode output = audio.putObject("output");
        output.putObject("format").put("type", "audio/pcm").put("rate", 24000);
        output.put("voice", voice);
        ArrayNode tools = session.putArray("tools");
        ObjectNode tool = tools.addObject();
        tool.put("type", "function");
        tool.put("name", BuyerPersona.DECISION_TOOL);
        tool.put("description", "Record whether you, the buyer, buy the pen. Call it once, when you decide.");
        ObjectNode parameters = tool.putObject("parameters");
        parameters.put("type", "object");
        ObjectNode properties = parameters.putObject("properties");
        properties.putObject("decision").put("type", "string").putArray("enum").add("buy").add("no_sale");
        properties.putObject("reason").put("type", "string").put("description", "one sentence: why");
        parameters.putArray("required").add("decision").add("reason");
        parameters.put("additionalProperties", false);
        session.put("tool_choice", "auto");
        return event.toString();
    }

    /**
     * The {@code input_audio_buffer.append} event for PCM16 audio the browser sent as a binary frame,
     * written straight to UTF-8 bytes (base64 and the event's fixed text are ASCII), no document built.
     */
    static byte[] audioAppend(ByteBuffer pcm) {
        ByteBuffer base64 = Base64.getEncoder().encode(pcm.duplicate());
        int length = base64.remaining();
        byte[] event = new byte[APPEND_HEAD.length + length + APPEND_TAIL.length];
        System.arraycopy(APPEND_HEAD, 0, event, 0, APPEND_HEAD.length);
        base64.get(event, APPEND_HEAD.length, length);
        System.arraycopy(APPEND_TAIL, 0, event, APPEND_HEAD.length + length, APPEND_TAIL.length);
        return event;
    }

    String responseCreate() {
        return mapper.createObjectNode().put("type", "response.create").toString();
    }

    /** Answers the buyer's decision call so it can say its last line. */
    String functionCallOutput(String callId, String output) {
        ObjectNode event = mapper.createObjectNode().put("type", "conversation.item.create");
        event.putObject("item").put("type", "function_call_output").put("call_id", callId).put("output", output);
        return event.toString();
    }

    /** The Realtime-style error the browser gets for an event it may not send. */
    String refused(String type, String message) {
        ObjectNode event = mapper.createObjectNode().put("type", "error");
        event.putObject("error").put("type", "invalid_request_error").put("code", "event_not_allowed")
                .put("message", message).put("param", "type").put("event_id", (String) null);
        if (type != null) {
            event.put("refused_type", type);
        }
        return event.toString();
    }

    /** One of our own {@code app.*} events. */
    ObjectNode app(String type) {
        return mapper.createObjectNode().put("type", "app." + type);
    }

    String appError(String code, String message) {
        return app("error").put("code", code).put("message", message).toString();
    }
}
