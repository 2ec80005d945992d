package net.sellmeapen.simulation.trainees;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small text helpers for reading buyer lines and quoting the buyer's words back to them. */
final class Words {

    private static final Pattern WORD = Pattern.compile("[A-Za-z']+");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|\\n+");
    private static final Pattern LEADING_FILLER = Pattern.compile("(?i)^(well|honestly|oh|um+|hmm+|uh|to be honest|"
            + "i guess|i suppose|i mean|yeah|yes|no|nope|actually|ugh|so|mostly|probably|basically|mainly|"
            + "the thing is|the main thing is|the problem is|the worst thing is|what bothers me is|"
            + "what annoys me is|what bugs me is|what matters( to me)? is|it's that)\\b[\\s,:;.\\-\u2014]*");
    private static final Pattern TRAILING_FILLER = Pattern.compile(
            "(?i)[\\s,]+(mostly|really|honestly|to be honest|i guess|i suppose|though|tbh|i think|anyway)$");
    private static final Map<String, String> FLIP = Map.ofEntries(
            Map.entry("i", "you"), Map.entry("i'm", "you're"), Map.entry("im", "you're"),
            Map.entry("i've", "you've"), Map.entry("ive", "you've"), Map.entry("i'd", "you'd"),
            Map.entry("i'll", "you'll"), Map.entry("me", "you"), Map.entry("my", "your"),
            Map.entry("mine", "yours"), Map.entry("myself", "yourself"), Map.entry("am", "are"),
            Map.entry("we", "you"), Map.entry("we're", "you're"), Map.entry("we've", "you've"),
            Map.entry("our", "your"), Map.entry("ours", "yours"), Map.entry("us", "you"));

    private Words() {
    }

    /** Lower case with plain apostrophes, keeping only letters, digits, apostrophes and $, padded with spaces. */
    static String normalize(String text) {
        String t = plainQuotes(text).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(" ");
        boolean space = true;
        for (char c : t.toCharArray()) {
            if (Character.isLetterOrDigit(c) || c == '\'' || c == '$') {
                b.append(c);
                space = false;
            } else if (!space) {
                b.append(' ');
                space = true;
            }
        }
        if (!space) {
            b.append(' ');
        }
        return b.toString();
    }

    static String plainQuotes(String text) {
        return text.replace('\u2019', '\'').replace('\u2018', '\'');
    }

    /** Whether a normalized text holds any of the phrases, each starting at a word boundary. */
    static boolean has(String normalized, List<String> phrases) {
        for (String p : phrases) {
            if (normalized.contains(" " + p)) {
                return true;
            }
        }
        return false;
    }

    static boolean has(String normalized, String... phrases) {
        return has(normalized, List.of(phrases));
    }

    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String s : SENTENCE_END.split(text.strip())) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    static int count(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    /** The buyer's sentence without fillers and end punctuation, ready to be quoted mid-sentence. */
    static String tidy(String sentence) {
        String s = plainQuotes(sentence).strip();
        String before;
        do {
            before = s;
            s = LEADING_FILLER.matcher(s).replaceFirst("").strip();
            s = s.replaceAll("[.!?;:,\\s]+$", "");
            s = TRAILING_FILLER.matcher(s).replaceFirst("");
        } while (!s.equals(before) && !s.isEmpty());
        return lowerFirst(s);
    }

    /** The buyer's words turned round so the trainee can say them back ("my pen" becomes "your pen"). */
    static String secondPerson(String clause) {
        String s = plainQuotes(clause).replaceAll("(?i)\\bI was\\b", "you were").replaceAll("(?i)\\bwe were\\b", "you were");
        Matcher m = WORD.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String w = m.group();
            String r = FLIP.get(w.toLowerCase(Locale.ROOT));
            m.appendReplacement(out, Matcher.quoteReplacement(r == null ? w : r));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * The buyer's sentence as the trainee would quote it, or null when it cannot be quoted safely.
     * Lines that already say "you" are refused because turning them round would garble who is meant.
     */
    static String quote(String sentence, int maxWords) {
        String n = normalize(sentence);
        if (has(n, "you ", "your ", "you're ", "you've ", "yourself ")) {
            return null;
        }
        String t = tidy(sentence);
        if (t.isEmpty() || count(t) > maxWords) {
            return null;
        }
        return secondPerson(t);
    }

    /** The parts of a long sentence, split where a new clause starts, so the relevant one can be quoted. */
    static List<String> clauses(String sentence) {
        List<String> out = new ArrayList<>();
        for (String c : sentence.split("(?i)\\s*(,|;|\u2014| - |\\bbut\\b|\\band\\b|\\bbecause\\b|\\bso\\b)\\s*")) {
            if (count(c) >= 2) {
                out.add(c);
            }
        }
        return out;
    }

    /** Lower-cases a leading capital, but leaves "I" and acronyms such as "LED" alone. */
    static String lowerFirst(String s) {
        if (s.isEmpty() || !Character.isUpperCase(s.charAt(0))) {
            return s;
        }
        int end = 1;
        while (end < s.length() && Character.isLetter(s.charAt(end))) {
            end++;
        }
        String first = s.substring(0, end);
        boolean single = end == 1 && !first.equals("I");
        boolean word = end > 1 && Character.isLowerCase(s.charAt(1));
        return single || word ? Character.toLowerCase(s.charAt(0)) + s.substring(1) : s;
    }

    static String upperFirst(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** A sentence from the brief without its closing full stop, so it can sit inside another sentence. */
    static String body(String s) {
        return s == null ? null : s.strip().replaceAll("[.\\s]+$", "");
    }
}
