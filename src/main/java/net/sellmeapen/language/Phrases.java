package net.sellmeapen.language;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A list of phrases found as whole words in normalised text. A trailing {@code *} matches any word
 * ending ("frustrat*" finds "frustrating"); spaces match any run of white space.
 */
public final class Phrases {

    /** One pattern per phrase, each with a literal piece it cannot match without, so most are never run. */
    private final Pattern[] patterns;
    private final String[] needles;

    private Phrases(Pattern[] patterns, String[] needles) {
        this.patterns = patterns;
        this.needles = needles;
    }

    /** Lower case, straight quotes, single spaces: the form every phrase list matches against. */
    public static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'').replace('\u2018', '\'')
                .replace('\u201c', '"').replace('\u201d', '"')
                .replaceAll("\\s+", " ")
                .strip();
    }

    public static Phrases of(String... phrases) {
        Pattern[] patterns = Arrays.stream(phrases).map(phrase -> Pattern.compile(toRegex(phrase))).toArray(Pattern[]::new);
        String[] needles = Arrays.stream(phrases).map(Phrases::needle).toArray(String[]::new);
        return new Phrases(patterns, needles);
    }

    /** The longest word of the phrase (without a trailing {@code *}): text without it cannot match. */
    private static String needle(String phrase) {
        String body = phrase.endsWith("*") ? phrase.substring(0, phrase.length() - 1) : phrase;
        return Arrays.stream(body.split(" ")).map(word -> word.replace("*", ""))
                .max(java.util.Comparator.comparingInt(String::length)).orElse(body);
    }

    private static String toRegex(String phrase) {
        boolean prefix = phrase.endsWith("*");
        String body = prefix ? phrase.substring(0, phrase.length() - 1) : phrase;
        // a "*" inside a phrase ends its word too: "stop* writing" is "stops writing", "stopped writing"
        String regex = Arrays.stream(body.split(" "))
                .map(word -> word.endsWith("*") ? Pattern.quote(word.substring(0, word.length() - 1)) + "[a-z']*"
                        : Pattern.quote(word))
                .collect(Collectors.joining("\\s+"));
        String start = Character.isLetterOrDigit(body.charAt(0)) ? "(?<![a-z0-9'])" : "";
        String end = prefix ? "[a-z']*" : "";
        // a word may end in a possessive or "is" contraction ("money's"), but not in "n't", "'ll" and the like
        String boundary = Character.isLetterOrDigit(body.charAt(body.length() - 1)) || prefix
                ? "(?![a-z0-9])(?!'(?!s(?![a-z])))" : "";
        return start + regex + end + boundary;
    }

    /** True when any phrase occurs in the (normalised) text. */
    public boolean in(String text) {
        for (int i = 0; i < patterns.length; i++) {
            if (text.contains(needles[i]) && patterns[i].matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    /** The phrase found earliest in the text, with where it starts. */
    public Optional<Match> find(String text) {
        Match first = null;
        for (int i = 0; i < patterns.length; i++) {
            if (!text.contains(needles[i])) {
                continue;
            }
            Matcher matcher = patterns[i].matcher(text);
            if (matcher.find() && (first == null || matcher.start() < first.start())) {
                first = new Match(matcher.group(), matcher.start());
            }
        }
        return Optional.ofNullable(first);
    }

    /** True when a phrase occurs that the {@code negation} phrases do not stand just before ("not sold"). */
    public boolean inUnnegated(String text, Phrases negation) {
        for (int i = 0; i < patterns.length; i++) {
            if (!text.contains(needles[i])) {
                continue;
            }
            Matcher matcher = patterns[i].matcher(text);
            while (matcher.find()) {
                String before = text.substring(Math.max(0, matcher.start() - 14), matcher.start());
                if (!negation.in(before)) {
                    return true;
                }
            }
        }
        return false;
    }

    public record Match(String text, int start) {
    }
}
