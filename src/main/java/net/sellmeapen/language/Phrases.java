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

    private final Pattern pattern;

    private Phrases(Pattern pattern) {
        this.pattern = pattern;
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
        String alternatives = Arrays.stream(phrases).map(Phrases::toRegex).collect(Collectors.joining("|"));
        return new Phrases(Pattern.compile(alternatives));
    }

    private static String toRegex(String phrase) {
        boolean prefix = phrase.endsWith("*");
        String body = prefix ? phrase.substring(0, phrase.length() - 1) : phrase;
        String regex = Arrays.stream(body.split(" "))
                .map(Pattern::quote)
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
        return pattern.matcher(text).find();
    }

    /** The first phrase found, with where it starts. */
    public Optional<Match> find(String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? Optional.of(new Match(matcher.group(), matcher.start())) : Optional.empty();
    }

    /** True when a phrase occurs that the {@code negation} phrases do not stand just before ("not sold"). */
    public boolean inUnnegated(String text, Phrases negation) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            String before = text.substring(Math.max(0, matcher.start() - 14), matcher.start());
            if (!negation.in(before)) {
                return true;
            }
        }
        return false;
    }

    public record Match(String text, int start) {
    }
}
