package net.sellmeapen.language;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** Splitting what someone said into sentences, and the fillers a sentence may start with. */
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
}
