package net.sellmeapen.coaching;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sellmeapen.conversation.Speaker;
import net.sellmeapen.conversation.Turn;
import net.sellmeapen.conversation.analysis.Act;
import net.sellmeapen.conversation.analysis.ConversationAnalysis;
import net.sellmeapen.conversation.analysis.TraineeTurnReading;

/**
 * How the trainee delivered the pitch, beside what they said: their share of the words (and of the
 * speaking time in voice), questions asked and how many open, how soon the first came, the longest
 * monologue, filler words per 100 words, and speaking pace from real audio timing (voice only; a
 * typed session has no pace rather than an invented one).
 *
 * @param talkSharePercent the trainee's words as a share of all words said, 0–100
 * @param speakingSharePercent the trainee's speaking time as a share of all audio (voice), or null
 * @param turnsToFirstQuestion the number of the trainee's turn (1 for their first) with their first
 *        question about the buyer, or null when they asked none
 * @param wordsPerMinute the trainee's words per minute of their own speech (voice), or null
 */
public record DeliveryAnalytics(int talkSharePercent, Integer speakingSharePercent, int questions, int openQuestions,
        Integer turnsToFirstQuestion, int longestMonologueWords, double fillersPer100Words, Integer wordsPerMinute) {

    /** One analytic as shown on the scorecard: its value, the target range and whether it is in it. */
    public record Metric(String key, String label, String value, String target, boolean onTarget) {
    }

    private static final Pattern WORD = Pattern.compile("[a-z0-9]+(?:'[a-z]+)?");
    private static final Set<String> FILLERS = Set.of("um", "umm", "uh", "uhm", "er", "erm", "basically", "actually");
    /** Words before "like" that make it a verb or a comparison ("I like", "looks like"), not a filler. */
    private static final Set<String> LIKE_AS_WORD = Set.of("i", "you", "we", "they", "would", "i'd", "you'd", "we'd",
            "they'd", "do", "don't", "didn't", "really", "feel", "feels", "look", "looks", "looked", "sound", "sounds",
            "seem", "seems", "something", "anything", "nothing", "just", "more", "much", "also");
    /** Words before "kind of" or "sort of" that make it a category ("what kind of pen"), not a filler. */
    private static final Set<String> KIND_AS_WORD = Set.of("what", "which", "the", "a", "this", "that", "any", "some",
            "every", "each", "one", "same", "your", "my");

    /** The analytics of a conversation, from its turns and the analysis of them. */
    public static DeliveryAnalytics of(ConversationAnalysis analysis) {
        int traineeWords = 0;
        int buyerWords = 0;
        int longest = 0;
        int fillers = 0;
        long traineeMs = 0;
        long buyerMs = 0;
        boolean timed = false;
        for (Turn turn : analysis.turns()) {
            List<String> words = words(turn.text());
            if (turn.speaker() == Speaker.TRAINEE) {
                traineeWords += words.size();
                longest = Math.max(longest, words.size());
                fillers += fillers(words);
            } else {
                buyerWords += words.size();
            }
            if (turn.spokenMs() != null) {
                timed = true;
                if (turn.speaker() == Speaker.TRAINEE) {
                    traineeMs += turn.spokenMs();
                } else {
                    buyerMs += turn.spokenMs();
                }
            }
        }
        int questions = 0;
        int open = 0;
        Integer firstQuestion = null;
        List<TraineeTurnReading> trainee = analysis.traineeTurns();
        for (int i = 0; i < trainee.size(); i++) {
            for (var sentence : trainee.get(i).sentences()) {
                boolean isOpen = sentence.has(Act.OPEN_QUESTION);
                if (isOpen || sentence.has(Act.CLOSED_QUESTION)) {
                    questions++;
                    open += isOpen ? 1 : 0;
                    firstQuestion = firstQuestion == null ? i + 1 : firstQuestion;
                }
            }
        }
        int allWords = traineeWords + buyerWords;
        Integer speakingShare = timed && traineeMs + buyerMs > 0
                ? (int) Math.round(100.0 * traineeMs / (traineeMs + buyerMs)) : null;
        Integer pace = timed && traineeMs > 0 ? (int) Math.round(traineeWords * 60_000.0 / traineeMs) : null;
        double fillerRate = traineeWords == 0 ? 0 : Math.round(1000.0 * fillers / traineeWords) / 10.0;
        return new DeliveryAnalytics(allWords == 0 ? 0 : (int) Math.round(100.0 * traineeWords / allWords),
                speakingShare, questions, open, firstQuestion, longest, fillerRate, pace);
    }

    /** The words of a text, lower case, as the analytics count them. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    /** Filler words and phrases, whole words only: "like" as a filler, not "I like it" or "likely". */
    static int fillers(List<String> words) {
        int count = 0;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            String before = i > 0 ? words.get(i - 1) : "";
            String after = i + 1 < words.size() ? words.get(i + 1) : "";
            if (FILLERS.contains(word)) {
                count++;
            } else if (word.equals("like") && !LIKE_AS_WORD.contains(before) && !after.equals("to")) {
                count++;
            } else if ((word.equals("kind") || word.equals("sort")) && after.equals("of") && !KIND_AS_WORD.contains(before)) {
                count++;
            } else if (word.equals("you") && after.equals("know") && !(i + 2 < words.size()
                    && Set.of("what", "how", "that", "if", "when", "where", "why").contains(words.get(i + 2)))) {
                count++;
            } else if (word.equals("i") && after.equals("mean") && !before.equals("what")) {
                count++;
            }
        }
        return count;
    }

    /** The analytics with their targets, in the order the scorecard shows them (pace and timing only for voice). */
    @JsonProperty("metrics")
    public List<Metric> metrics() {
        List<Metric> metrics = new ArrayList<>();
        metrics.add(new Metric("talkShare", "Your share of the words", talkSharePercent + " %", "30–60 %",
                talkSharePercent >= 30 && talkSharePercent <= 60));
        if (speakingSharePercent != null) {
            metrics.add(new Metric("speakingShare", "Your share of the speaking time", speakingSharePercent + " %",
                    "30–60 %", speakingSharePercent >= 30 && speakingSharePercent <= 60));
        }
        metrics.add(new Metric("questions", "Questions asked (open)", questions + " (" + openQuestions + " open)",
                "3 or more, 2 open", questions >= 3 && openQuestions >= 2));
        metrics.add(new Metric("firstQuestion", "Turns to your first question",
                turnsToFirstQuestion == null ? "none asked" : Integer.toString(turnsToFirstQuestion), "1–2",
                turnsToFirstQuestion != null && turnsToFirstQuestion <= 2));
        metrics.add(new Metric("longestMonologue", "Longest turn", longestMonologueWords + " words", "60 words or fewer",
                longestMonologueWords <= 60));
        metrics.add(new Metric("fillers", "Filler words per 100 words", String.format(Locale.ROOT, "%.1f",
                fillersPer100Words), "2 or fewer", fillersPer100Words <= 2));
        if (wordsPerMinute != null) {
            metrics.add(new Metric("pace", "Speaking pace", wordsPerMinute + " words/min", "110–160 words/min",
                    wordsPerMinute >= 110 && wordsPerMinute <= 160));
        }
        return metrics;
    }

    /** The tip, or null when every analytic is on target (for JSON). */
    @JsonProperty("tip")
    public String tipText() {
        return tip().orElse(null);
    }

    /** One tip for the first analytic off its target, in order of how much it matters to a sale. */
    public Optional<String> tip() {
        for (String key : List.of("questions", "firstQuestion", "talkShare", "speakingShare", "longestMonologue",
                "fillers", "pace")) {
            Optional<Metric> off = metrics().stream().filter(m -> m.key().equals(key) && !m.onTarget()).findFirst();
            if (off.isPresent()) {
                return Optional.of(switch (key) {
                    case "questions" -> "Ask at least three questions about the buyer, two of them open (what, how,"
                            + " tell me about…).";
                    case "firstQuestion" -> "Ask your first question in your first or second turn, before any pitch.";
                    case "talkShare", "speakingShare" -> talkSharePercent > 60
                            ? "Let the buyer talk: ask, then listen; aim for under 60 % of the words."
                            : "Say more about what the pen does for them: under 30 % of the words is too passive.";
                    case "longestMonologue" -> "Keep each turn under 60 words; a pitch is a dialogue, not a speech.";
                    case "fillers" -> "Cut the fillers (um, like, you know, basically): pause instead.";
                    default -> wordsPerMinute != null && wordsPerMinute > 160
                            ? "Slow down: aim for 110–160 words a minute so the buyer can follow."
                            : "Pick up the pace a little: aim for 110–160 words a minute.";
                });
            }
        }
        return Optional.empty();
    }
}
