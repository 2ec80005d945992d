package net.sellmeapen.language;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The surface of a text as sparse features for a linear classifier, beside its meaning vector:
 * words, word pairs, the first and last word, and the letter triples of each word (so "wat" and
 * "ur" still resemble "what" and "your"), hashed into a fixed number of slots. Numbers and sums of
 * money become placeholders, so "$30" and "$15" look alike.
 */
public final class TextFeatures {

    private static final Pattern TOKEN = Pattern.compile("[$£€]?[a-z0-9]+(?:['.][a-z0-9]+)*%?|\\?");

    private final int bits;

    /** @param bits the features are hashed into {@code 2^bits} slots */
    public TextFeatures(int bits) {
        this.bits = bits;
    }

    public int size() {
        return 1 << bits;
    }

    /** The slots a text sets, each with the same weight so that the whole has unit length. */
    public Sparse of(String text) {
        List<String> tokens = tokens(text);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            names.add("w:" + token);
            if (i > 0) {
                names.add("b:" + tokens.get(i - 1) + "_" + token);
            }
            if (!token.equals("?") && token.length() > 2) {
                String marked = "<" + token + ">";
                for (int c = 0; c + 3 <= marked.length(); c++) {
                    names.add("c:" + marked.substring(c, c + 3));
                }
            }
        }
        if (!tokens.isEmpty()) {
            names.add("f:" + tokens.get(0));
            names.add("l:" + tokens.get(tokens.size() - 1));
            names.add("n:" + Math.min(tokens.size(), 12) / 3);
        }
        int[] slots = names.stream().mapToInt(this::slot).sorted().distinct().toArray();
        float weight = slots.length == 0 ? 0 : (float) (1 / Math.sqrt(slots.length));
        float[] values = new float[slots.length];
        Arrays.fill(values, weight);
        return new Sparse(slots, values);
    }

    /** Lower-case words, numbers as {@code #} and sums of money as {@code $#}, and question marks. */
    static List<String> tokens(String text) {
        String normal = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(normal);
        while (matcher.find()) {
            String token = matcher.group();
            if (token.matches("[$£€][0-9].*")) {
                token = "$#";
            } else if (token.matches("[0-9][0-9.,]*%?")) {
                token = token.endsWith("%") ? "#%" : "#";
            }
            tokens.add(token);
        }
        return tokens;
    }

    private int slot(String name) {
        int hash = 0x811c9dc5;
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x01000193;
        }
        return hash & ((1 << bits) - 1);
    }

    /** Slots set by a text, in increasing order, with their values. */
    public record Sparse(int[] slots, float[] values) {
    }
}
