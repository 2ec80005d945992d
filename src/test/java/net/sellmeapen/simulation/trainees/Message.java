package net.sellmeapen.simulation.trainees;

import java.util.ArrayList;
import java.util.List;

/** One message being put together from sentences, some of which may be dropped to keep it short. */
final class Message {

    /** A sentence or two of the message; optional ones go first when the message is too long. */
    record Part(String text, boolean optional) {}

    private final List<Part> parts = new ArrayList<>();
    private String plain;
    private boolean farewell;
    private String verbatim;

    /** A message sent exactly as already typed once, for trainees who repeat themselves word for word. */
    static Message verbatim(String text) {
        Message m = new Message().say(text);
        m.verbatim = text;
        return m;
    }

    String verbatimText() {
        return verbatim;
    }

    Message say(String text) {
        return add(text, false);
    }

    Message maybe(String text) {
        return add(text, true);
    }

    Message first(String text) {
        if (text != null && !text.isBlank()) {
            parts.add(0, new Part(text.strip(), false));
        }
        return this;
    }

    private Message add(String text, boolean optional) {
        if (text != null && !text.isBlank()) {
            parts.add(new Part(text.strip(), optional));
        }
        return this;
    }

    /** A simpler way to say the same thing, for when the buyer asks what was meant. */
    Message plain(String text) {
        plain = text;
        return this;
    }

    /** Marks this as the trainee's last message of the session. */
    Message farewell() {
        farewell = true;
        return this;
    }

    List<Part> parts() {
        return List.copyOf(parts);
    }

    String plain() {
        return plain;
    }

    boolean isFarewell() {
        return farewell;
    }

    boolean isEmpty() {
        return parts.isEmpty();
    }
}
