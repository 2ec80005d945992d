package net.sellmeapen.simulation.trainees;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Picks wordings at random, not reusing one until its alternatives are spent, and fills in their blanks. */
final class Phrases {

    /** A chosen wording: the template it came from and the text with its blanks filled. */
    record Picked(String template, String text) {}

    private static final Pattern BLANK = Pattern.compile("\\{(\\w+)}");
    private static final Pattern SENTENCE_START = Pattern.compile("([.!?]\\s+)([a-z])");

    private final Random random;
    private final boolean repeats;
    private final Set<String> used = new HashSet<>();

    /** With repeats, a wording may come up again at any time, as a poor trainee's would. */
    Phrases(Random random, boolean repeats) {
        this.random = random;
        this.repeats = repeats;
    }

    String pick(List<String> templates, Map<String, String> vars) {
        Picked p = choose(templates, vars, false);
        return p == null ? null : p.text();
    }

    String pick(List<String> templates) {
        return pick(templates, Map.of());
    }

    /** Like pick, but only wordings not used yet; null when all of them have been said. */
    Picked fresh(List<String> templates, Map<String, String> vars) {
        return choose(templates, vars, true);
    }

    Picked choose(List<String> templates, Map<String, String> vars, boolean freshOnly) {
        List<Picked> fillable = new ArrayList<>();
        for (String t : templates) {
            String text = fill(t, vars);
            if (text != null) {
                fillable.add(new Picked(t, text));
            }
        }
        if (fillable.isEmpty()) {
            return null;
        }
        List<Picked> unused = new ArrayList<>();
        for (Picked p : fillable) {
            if (!used.contains(p.template())) {
                unused.add(p);
            }
        }
        if (unused.isEmpty()) {
            if (freshOnly) {
                return null;
            }
            for (Picked p : fillable) {
                used.remove(p.template());
            }
            unused = fillable;
        }
        List<Picked> from = repeats ? fillable : unused;
        Picked choice = from.get(random.nextInt(from.size()));
        used.add(choice.template());
        return choice;
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    Random random() {
        return random;
    }

    /**
     * The template with its blanks filled, or null if a blank has no value.
     * A blank written with a capital, like {Heard}, gets its value capitalised.
     */
    static String fill(String template, Map<String, String> vars) {
        Matcher m = BLANK.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String key = m.group(1);
            boolean capital = Character.isUpperCase(key.charAt(0));
            String value = vars.get(Character.toLowerCase(key.charAt(0)) + key.substring(1));
            if (value == null) {
                return null;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(capital ? Words.upperFirst(value) : value));
        }
        m.appendTail(out);
        Matcher s = SENTENCE_START.matcher(Words.upperFirst(out.toString()));
        StringBuilder fixed = new StringBuilder();
        while (s.find()) {
            s.appendReplacement(fixed, Matcher.quoteReplacement(s.group(1) + s.group(2).toUpperCase()));
        }
        s.appendTail(fixed);
        return fixed.toString();
    }

    static boolean uses(String template, String... keys) {
        for (String k : keys) {
            if (template.contains("{" + k + "}") || template.contains("{" + Words.upperFirst(k) + "}")) {
                return true;
            }
        }
        return false;
    }
}
