package net.sellmeapen.language;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** Splitting what someone said into sentences, and telling questions from statements. */
public final class Sentences {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|\\R+");
    private static final Pattern LEADING_FILLER = Pattern.compile(
            "^(?:(?:so|and|but|okay|ok|well|great|alright|right|first|then|now|sure|cool|perfect|hi|hello|hey|"
                    + "awesome|thanks|yes|yeah|wonderful|nice|sir|madam|quick question)[,.!:;]?\\s+)+");

    private Sentences() {
    }

    /** The sentences of a text, stripped, without empty ones. */
    public static List<String> split(String text) {
        return Arrays.stream(SENTENCE_END.split(text.strip())).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The normalised sentence without leading fillers such as "so," or "okay". */
    public static String withoutFiller(String normal) {
        return LEADING_FILLER.matcher(normal).replaceFirst("");
    }

    /** A question: it ends with "?" or starts (after fillers) with a question word. */
    public static boolean isQuestion(String normal) {
        return normal.endsWith("?") || SalesVocabulary.QUESTION_START.find(withoutFiller(normal))
                .filter(match -> match.start() == 0).isPresent();
    }

    /**
     * A discovery question: a question about the buyer ("you", "your") that is neither a request
     * for the sale nor a leading question that only asks for agreement.
     */
    public static boolean isDiscoveryQuestion(String normal) {
        return isQuestion(normal) && (normal.contains("you") || normal.contains("your"))
                && !SalesVocabulary.ASK.in(normal) && !SalesVocabulary.LEADING.in(normal);
    }
}
