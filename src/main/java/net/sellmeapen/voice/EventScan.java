package net.sellmeapen.voice;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Reads just enough of a Realtime event to route it, without building the document: its top-level
 * {@code type} and, for the buyer's audio, the length of the base64 {@code delta}. Audio is nearly
 * every event of a call, so it is recognised here and forwarded as the text it arrived in; only the
 * rare control and transcript events are parsed whole.
 */
final class EventScan {

    static final String AUDIO_DELTA = "response.output_audio.delta";

    /** What a scan found: the event's type, and the characters of its audio delta (0 when it has none). */
    record Scanned(String type, int deltaChars) {
        boolean isAudioDelta() {
            return AUDIO_DELTA.equals(type);
        }
    }

    private static final String COMPACT_DELTA = "\"delta\":\"";

    private final JsonFactory factory;

    EventScan(JsonFactory factory) {
        this.factory = factory;
    }

    /**
     * The length of a compact {@code "delta":"…"} value found by a plain search (base64 holds no
     * quote or escape), or -1 when the event is not written that way and the parser must read it.
     */
    private static int deltaLength(String json) {
        int at = json.indexOf(COMPACT_DELTA);
        if (at < 0 || json.indexOf(COMPACT_DELTA, at + 1) >= 0) {
            return -1; // absent, or a nested "delta" could be the one found: let the parser decide
        }
        int start = at + COMPACT_DELTA.length();
        int end = json.indexOf('"', start);
        return end < 0 || json.lastIndexOf('\\', end) >= start ? -1 : end - start;
    }

    /**
     * The event's type (and audio length) read in one pass that stops as soon as both are known; null
     * when the text is not a JSON object with a string {@code type} up to that point.
     */
    Scanned scan(String json) {
        try (JsonParser parser = factory.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            String type = null;
            int delta = -1;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("type".equals(name)) {
                    if (value != JsonToken.VALUE_STRING) {
                        return null;
                    }
                    type = parser.getText();
                    if (!AUDIO_DELTA.equals(type) || delta >= 0) {
                        return new Scanned(type, Math.max(delta, 0));
                    }
                    int written = deltaLength(json);
                    if (written >= 0) { // the usual compact form: measured without reading the audio twice
                        return new Scanned(type, written);
                    }
                } else if ("delta".equals(name) && value == JsonToken.VALUE_STRING) {
                    delta = parser.getTextLength();
                    if (type != null) {
                        return new Scanned(type, delta);
                    }
                } else {
                    parser.skipChildren();
                }
            }
            return type == null ? null : new Scanned(type, Math.max(delta, 0));
        } catch (IOException notJson) {
            return null;
        }
    }
}
