package net.sellmeapen.buyer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Puts a buyer's reply together from parts, each a list of wordings: the wordings are tried in an
 * order fixed by the session and turn, and the first combination the buyer has not said before in
 * this session is the reply, so a buyer never repeats a line verbatim.
 */
final class Speech {

    private final Random order;
    private final Set<String> said;
    private final Map<String, String> slots;
    private final List<List<String>> parts = new ArrayList<>();

    /**
     * @param seed fixes the order of wordings (the same session and turn always give the same reply)
     * @param said every line the buyer has said so far in the session
     * @param slots values for the {@code {name}} placeholders of the wordings
     */
    Speech(long seed, Set<String> said, Map<String, String> slots) {
        this.order = new Random(seed);
        this.said = said;
        this.slots = slots;
    }

    /** Adds a part said in one of these wordings. */
    Speech add(List<String> wordings) {
        List<String> filled = new ArrayList<>();
        for (String wording : wordings) {
            filled.add(fill(wording));
        }
        Collections.shuffle(filled, order);
        parts.add(filled);
        return this;
    }

    /** Adds a part said exactly so (an answer from the buyer's profile, say). */
    Speech addExactly(String text) {
        parts.add(List.of(text));
        return this;
    }

    boolean isEmpty() {
        return parts.isEmpty();
    }

    /** The first combination of wordings not said before; if every one was, the first one with a pause. */
    String text() {
        int[] choice = new int[parts.size()];
        String first = null;
        do {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < parts.size(); i++) {
                String part = parts.get(i).get(choice[i]);
                line.append(line.isEmpty() || line.toString().endsWith(" ") ? "" : " ").append(part);
            }
            String text = line.toString().strip();
            if (!said.contains(text)) {
                return text;
            }
            first = first == null ? text : first;
        } while (next(choice));
        return "Hm. " + first;
    }

    private boolean next(int[] choice) {
        for (int i = choice.length - 1; i >= 0; i--) {
            if (++choice[i] < parts.get(i).size()) {
                return true;
            }
            choice[i] = 0;
        }
        return false;
    }

    private String fill(String wording) {
        String text = wording;
        for (Map.Entry<String, String> slot : slots.entrySet()) {
            text = text.replace("{" + slot.getKey() + "}", slot.getValue());
        }
        return text;
    }
}
