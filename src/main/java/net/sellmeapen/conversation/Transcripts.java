package net.sellmeapen.conversation;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a transcript sent with {@code complete} into turns: either the seed's text form
 * ({@code "Trainee: …\nBuyer: …"}) or a JSON list of {@code {speaker, text}} objects.
 */
public final class Transcripts {

    /** Most turns one transcript may have. */
    public static final int MAX_TURNS = 400;
    /** Longest text one turn may have, in characters. */
    public static final int MAX_TURN_LENGTH = 5_000;

    private static final Map<String, Speaker> LABELS = Map.ofEntries(
            Map.entry("trainee", Speaker.TRAINEE),
            Map.entry("salesperson", Speaker.TRAINEE),
            Map.entry("seller", Speaker.TRAINEE),
            Map.entry("me", Speaker.TRAINEE),
            Map.entry("buyer", Speaker.BUYER),
            Map.entry("customer", Speaker.BUYER),
            Map.entry("prospect", Speaker.BUYER),
            Map.entry("interviewer", Speaker.BUYER));

    private static final Pattern LABELLED_LINE = Pattern.compile(
            "^\\s*\\**(" + String.join("|", LABELS.keySet()) + ")\\**\\s*:\\s*(.*)$", Pattern.CASE_INSENSITIVE);

    private Transcripts() {
    }

    /**
     * Parses the text form. A labelled line starts a turn; a line without a known label continues
     * the turn before it, and text before any label is taken as the trainee speaking.
     */
    public static List<Turn> parseText(String transcript, Instant at) {
        List<Speaker> speakers = new ArrayList<>();
        List<StringBuilder> texts = new ArrayList<>();
        for (String line : transcript.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            Matcher labelled = LABELLED_LINE.matcher(line);
            if (labelled.matches()) {
                speakers.add(LABELS.get(labelled.group(1).toLowerCase(Locale.ROOT)));
                texts.add(new StringBuilder(labelled.group(2).strip()));
            } else if (texts.isEmpty()) {
                speakers.add(Speaker.TRAINEE);
                texts.add(new StringBuilder(line.strip()));
            } else {
                StringBuilder last = texts.get(texts.size() - 1);
                (last.isEmpty() ? last : last.append(' ')).append(line.strip());
            }
        }
        List<Turn> turns = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i).toString();
            if (!text.isEmpty()) {
                turns.add(new Turn(turns.size() + 1, speakers.get(i), checkedLength(text, turns.size()), at));
            }
        }
        return checkedCount(turns);
    }

    /** Parses the JSON list form; every element must be an object with a known speaker and a string text. */
    public static List<Turn> parseList(JsonNode list, Instant at) {
        List<Turn> turns = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode element = list.get(i);
            String where = "'transcript[" + i + "]";
            if (!element.isObject()) {
                throw new InvalidTranscriptException(where + "' must be an object with speaker and text");
            }
            JsonNode speaker = element.get("speaker");
            if (speaker == null || !speaker.isTextual() || !LABELS.containsKey(speakerKey(speaker.asText()))) {
                throw new InvalidTranscriptException(where + ".speaker' must be TRAINEE or BUYER (or one of "
                        + String.join(", ", LABELS.keySet().stream().sorted().toList()) + ")");
            }
            JsonNode text = element.get("text");
            if (text == null || !text.isTextual()) {
                throw new InvalidTranscriptException(where + ".text' must be a string");
            }
            if (!text.asText().isBlank()) {
                turns.add(new Turn(turns.size() + 1, LABELS.get(speakerKey(speaker.asText())),
                        checkedLength(text.asText().strip(), i), at));
            }
        }
        return checkedCount(turns);
    }

    /** The seed's text form of the turns, one {@code Trainee:}/{@code Buyer:} line each. */
    public static String render(List<Turn> turns) {
        StringBuilder out = new StringBuilder();
        for (Turn turn : turns) {
            out.append(turn.speaker() == Speaker.TRAINEE ? "Trainee: " : "Buyer: ")
                    .append(turn.text().replaceAll("\\R", " "))
                    .append('\n');
        }
        return out.toString();
    }

    private static String speakerKey(String speaker) {
        return speaker.strip().toLowerCase(Locale.ROOT);
    }

    private static String checkedLength(String text, int index) {
        if (text.length() > MAX_TURN_LENGTH) {
            throw new InvalidTranscriptException("turn " + (index + 1) + " of the transcript is longer than "
                    + MAX_TURN_LENGTH + " characters");
        }
        return text;
    }

    private static List<Turn> checkedCount(List<Turn> turns) {
        if (turns.size() > MAX_TURNS) {
            throw new InvalidTranscriptException("the transcript has more than " + MAX_TURNS + " turns");
        }
        return List.copyOf(turns);
    }
}
