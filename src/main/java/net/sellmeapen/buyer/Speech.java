package net.sellmeapen.buyer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Puts a buyer's reply together from parts, each a list of wordings: the wordings are tried in an
 * order fixed by the session and turn, and the first combination in which no sentence of five words
 * or more was said before in this session is the reply. A part that cannot be said without
 * repeating itself is left out, so the buyer never repeats such a sentence verbatim.
 */
final class Speech {

    /** Sentences shorter than this ("Go on.", "Fine.") may come back; longer ones never do. */
    static final int REPEATABLE_WORDS = 5;
    /**
     * Sentences this long ("Same promise, different words.") are not said again right after the reply
     * they were in while another wording is left.
     */
    static final int RECENT_WORDS = 3;
    /** Sets of wordings at least this long are split in halves, one preferred per difficulty. */
    static final int HALVED_FROM = 4;
    /** Most combinations of wordings tried before parts are left out. */
    private static final int MAX_TRIES = 256;
    /** Words a part of a reply may open on to acknowledge what was said; two parts opening alike sound glued. */
    private static final Set<String> ACKNOWLEDGING = Set.of("thanks", "okay", "ok", "alright", "fine", "right", "fair",
            "noted", "good", "hm", "hmm", "sure", "well", "yes", "oh");
    private static final List<String> SHORT_FALLBACK = List.of("Hm.", "Go on.", "Okay.", "Right.");
    /** A wording that opens on a one-word sentence followed by more: "Maybe. The price still bothers me.". */
    private static final Pattern ONE_WORD_OPENER = Pattern.compile("[A-Z][a-z]+[.!]\\s+\\S");

    private final Random order;
    private final int half;
    private final Set<String> said;
    private final Set<String> replies;
    /** Sentences of three words or more in its last reply: shorter than the never-repeat rule, still stale. */
    private final Set<String> lastReply = new HashSet<>();
    /**
     * Sentences of three words or more said at any time in the session: "Wait, one thing first." twice
     * sounds like a template, so another wording is preferred while one is left.
     */
    private final Set<String> saidShort = new HashSet<>();
    private final Map<String, String> slots;
    private final List<List<String>> parts = new ArrayList<>();

    /**
     * @param seed fixes the order of wordings (the same session and turn always give the same reply)
     * @param said every line the buyer has said so far in the session
     * @param slots values for the {@code {name}} placeholders of the wordings
     */
    Speech(long seed, List<String> said, Map<String, String> slots) {
        this(seed, said, slots, 0);
    }

    /**
     * @param half which half of each set of wordings comes first (0: the even-numbered, 1: the odd), so two
     *     difficulties that share a voice do not share their first choices: HARD and EXPERT both sound tough,
     *     but a trainee who plays both does not hear the same sentences
     */
    Speech(long seed, List<String> said, Map<String, String> slots, int half) {
        this.half = half;
        this.order = new Random(seed);
        this.said = new HashSet<>();
        said.forEach(line -> this.said.addAll(longSentences(line)));
        said.forEach(line -> saidShort.addAll(sentences(line, RECENT_WORDS)));
        this.replies = new HashSet<>(said);
        if (!said.isEmpty()) {
            lastReply.addAll(sentences(said.get(said.size() - 1), RECENT_WORDS));
        }
        this.slots = slots;
    }

    /** Adds a part said in one of these wordings. */
    Speech add(List<String> wordings) {
        List<String> first = new ArrayList<>();
        List<String> then = new ArrayList<>();
        for (int i = 0; i < wordings.size(); i++) {
            (wordings.size() < HALVED_FROM || i % 2 == half ? first : then).add(fill(wordings.get(i)));
        }
        Collections.shuffle(first, order);
        Collections.shuffle(then, order);
        first.addAll(then);
        parts.add(first);
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

    /** True when these words could still be said without repeating a long sentence. */
    boolean sayable(String text) {
        return longSentences(text).stream().noneMatch(said::contains);
    }

    /** The reply: the first combination of wordings that repeats nothing; parts that can only repeat are left out. */
    String text() {
        List<List<String>> fresh = new ArrayList<>();
        for (List<String> part : parts) {
            List<String> sayable = part.stream().filter(this::sayable).toList();
            if (!sayable.isEmpty()) {
                fresh.add(sayable);
            }
        }
        int[] choice = new int[fresh.size()];
        int tries = 0;
        String doubled = null;
        String best = null;
        int bestFlaws = Integer.MAX_VALUE;
        do {
            String text = join(fresh, choice);
            if (text.isEmpty()) {
                return shortFallback();
            }
            if (distinct(text) && !replies.contains(text)) {
                List<String> shortSentences = sentences(text, RECENT_WORDS);
                if (!echoes(fresh, choice) && shortSentences.stream().noneMatch(lastReply::contains)) {
                    // a short line said earlier in the session sounds like a template; a one-word "Maybe." or
                    // "Okay." opening a later part sounds like two replies glued ("I decide when I'm ready. Maybe.
                    // The price still bothers me.")
                    int flaws = (shortSentences.stream().anyMatch(saidShort::contains) ? 2 : 0)
                            + (gluedOpener(fresh, choice) ? 1 : 0);
                    if (flaws == 0) {
                        return text;
                    }
                    if (flaws < bestFlaws) {
                        best = text;
                        bestFlaws = flaws;
                    }
                }
                doubled = doubled == null ? text : doubled;
            }
        } while (++tries < MAX_TRIES && next(fresh, choice));
        // a worn or glued wording, then a doubled "thanks" or a short line said just before, is better than "Hm." in
        // place of everything it meant
        return best != null ? best : doubled != null ? doubled : shortFallback();
    }

    /**
     * True when two parts open on the same word of acknowledgement or the same two words, or both thank:
     * "Good to know, thanks. Thanks, I'll keep the offer in mind." is two replies glued together, not one.
     */
    private static boolean echoes(List<List<String>> parts, int[] choice) {
        Set<String> heard = new HashSet<>();
        for (int i = 0; i < parts.size(); i++) {
            Set<String> words = new HashSet<>();
            for (String sentence : parts.get(i).get(choice[i]).split("(?<=[.!?])\\s+")) {
                String[] opening = sentence.toLowerCase(Locale.ROOT).replaceAll("[^a-z' ]", " ").strip().split("\\s+");
                if (ACKNOWLEDGING.contains(opening[0])) {
                    words.add(opening[0]);
                }
                if (opening.length > 2) {
                    // ("That still doesn't tell me why. That still leaves whether it works.": the same opening twice)
                    words.add(opening[0] + " " + opening[1]);
                }
                for (String word : opening) {
                    // ("Give me a moment to think, please. I still need to think.": one wish, said twice)
                    if (word.equals("thanks") || word.equals("noted") || word.equals("think")) {
                        words.add(word);
                    }
                }
            }
            for (String word : words) {
                if (!heard.add(word)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when a part after the first opens on a one-word sentence: "Maybe.", "Okay.", "Fine.". */
    private static boolean gluedOpener(List<List<String>> parts, int[] choice) {
        for (int i = 1; i < parts.size(); i++) {
            if (ONE_WORD_OPENER.matcher(parts.get(i).get(choice[i])).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    private static String join(List<List<String>> parts, int[] choice) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i).get(choice[i]);
            line.append(line.isEmpty() || line.toString().endsWith(" ") ? "" : " ").append(part);
        }
        return line.toString().strip();
    }

    /** True when no long sentence occurs twice within the text itself. */
    private static boolean distinct(String text) {
        List<String> sentences = longSentences(text);
        return new HashSet<>(sentences).size() == sentences.size();
    }

    /** A short line not said as the whole of an earlier reply, if one is left. */
    private String shortFallback() {
        List<String> unused = SHORT_FALLBACK.stream().filter(line -> !replies.contains(line)).toList();
        List<String> from = unused.isEmpty() ? SHORT_FALLBACK : unused;
        return from.get(order.nextInt(from.size()));
    }

    private static boolean next(List<List<String>> parts, int[] choice) {
        for (int i = choice.length - 1; i >= 0; i--) {
            if (++choice[i] < parts.get(i).size()) {
                return true;
            }
            choice[i] = 0;
        }
        return false;
    }

    /** The sentences of five words or more in a line, in a form that ignores case and punctuation. */
    static List<String> longSentences(String line) {
        return sentences(line, REPEATABLE_WORDS);
    }

    private static List<String> sentences(String line, int fromWords) {
        List<String> found = new ArrayList<>();
        for (String sentence : line.split("(?<=[.!?])\\s+")) {
            String normal = sentence.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}$]+", " ").strip();
            if (!normal.isEmpty() && normal.split(" ").length >= fromWords) {
                found.add(normal);
            }
        }
        return found;
    }

    private String fill(String wording) {
        String text = wording;
        for (Map.Entry<String, String> slot : slots.entrySet()) {
            text = text.replace("{" + slot.getKey() + "}", slot.getValue());
        }
        return text;
    }
}
