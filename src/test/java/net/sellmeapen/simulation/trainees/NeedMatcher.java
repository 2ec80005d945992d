package net.sellmeapen.simulation.trainees;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import net.sellmeapen.simulation.trainees.ProductBrief.Highlight;

/** Matches what the buyer said against the product's highlights, by shared words and pen-trouble synonyms. */
final class NeedMatcher {

    /** A family of word beginnings people use for one kind of pen trouble or wish, with a short name for it. */
    record Group(String label, List<String> roots) {
        boolean hits(String normalized) {
            return Words.has(normalized, roots);
        }
    }

    // Roots match at the start of a word, so "smudg" covers smudge, smudges and smudging;
    // a trailing space makes a root match a whole word only.
    static final List<Group> GROUPS = List.of(
            new Group("the smudging", List.of("smudg", "smear", "blot", "wet ink", "still wet", "ink on my hand",
                    "dries in", "quick dry", "dry quick", "drying time", "left hand", "lefty", "lefties", "leftie",
                    "smeary", "messes up my hand")),
            new Group("your hand aching", List.of("cramp", "ache", "aching", "achy", "hurt", "sore ", "strain",
                    "tired hand", "hand gets tired", "hands get tired", "hand get tired", "press", "grip", "wrist",
                    "finger", "stiff", "too thin", "thin pen", "long writing", "uncomfortable", "comfort")),
            new Group("pens running out on you", List.of("run out", "runs out", "ran out", "running out", "runs dry",
                    "run dry", "dry up", "dries up", "dried up", "die ", "dies", "died", "dying", "dead ", "skip",
                    "stops writing", "stop writing", "stopped writing", "empty", "refill", "cartridge", "out of ink",
                    "last long", "lasts", "lasting", "km ", "months of", "gives up", "give up on me")),
            new Group("looking unprofessional", List.of("cheap looking", "looks cheap", "look cheap", "feels cheap",
                    "feel cheap", "unprofession", "profession", "flimsy", "plastic", "impress", "client", "customer",
                    "solid", "classy", "smart ", "tacky", "look good", "looks good", "in front of", "contracts",
                    "balanced", "weight", "heavy pen", "aluminium", "aluminum", "metal barrel", "sign in front")),
            new Group("losing caps and leaks", List.of("lose", "losing", "lost", "cap ", "caps", "leak", "pocket",
                    "clip", "stain", "bag ", "click", "chew", "borrow", "disappear", "missing", "retract")),
            new Group("messy lines in small spaces", List.of("fine point", "fine line", "fine tip", "fine nib", "finer",
                    "neat", "small box", "small space", "tiny", "box", "margin", "chart", "form ", "forms", "thick",
                    "blob", "messy", "scratch", "tidy", "precise", "narrow", "small print", "diagram", "graph",
                    "tables", "legible")),
            new Group("the weight of it", List.of("weigh", "light ", "lightweight", "heavy pen", "too heavy",
                    "it heavy", "is heavy", "g ", "grams", "balanced", "feels solid")));

    private static final Set<String> STOP = Set.of("with", "that", "this", "have", "from", "they", "them", "then",
            "than", "your", "yours", "when", "what", "which", "about", "just", "really", "very", "much", "more",
            "most", "some", "like", "into", "would", "could", "should", "there", "their", "were", "been", "being",
            "does", "doesn't", "dont", "don't", "pen", "pens", "write", "writes", "writing", "wrote", "thing",
            "things", "always", "never", "every", "also", "even", "because", "around", "used", "using", "time",
            "times", "lots", "it's", "i'm", "i've", "that's", "mostly", "usually", "quite", "pretty", "other",
            "only", "still", "well", "where", "while", "here", "these", "those", "make", "makes", "need", "want",
            "good", "bad", "whatever", "anything", "something", "nothing", "everything", "kind", "sort", "over",
            "heavy");

    private NeedMatcher() {
    }

    static Set<Group> groupsIn(String text) {
        String n = Words.normalize(text);
        Set<Group> out = new LinkedHashSet<>();
        for (Group g : GROUPS) {
            if (g.hits(n)) {
                out.add(g);
            }
        }
        return out;
    }

    /** How strongly a highlight answers what the buyer said: shared trouble families count most, shared words a little. */
    static int score(String said, Highlight h) {
        String a = Words.normalize(said);
        String b = Words.normalize(h.name() + " " + h.detail());
        int score = 0;
        for (Group g : GROUPS) {
            if (g.hits(a) && g.hits(b)) {
                score += 3;
            }
        }
        Set<String> shared = stems(a);
        shared.retainAll(stems(b));
        return score + shared.size();
    }

    /** The highlight that best answers what the buyer said, skipping some, or null when none relates at all. */
    static Highlight best(String said, List<Highlight> highlights, Collection<Highlight> skip) {
        Highlight best = null;
        int top = 0;
        for (Highlight h : highlights) {
            if (skip.contains(h)) {
                continue;
            }
            int s = score(said, h);
            if (s > top) {
                top = s;
                best = h;
            }
        }
        return best;
    }

    private static Set<String> stems(String normalized) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : normalized.strip().split(" ")) {
            String t = w.replace("'", "");
            if (t.length() >= 4 && !STOP.contains(w) && !STOP.contains(t) && Character.isLetter(t.charAt(0))) {
                out.add(t.length() > 5 ? t.substring(0, 5) : t);
            }
        }
        return out;
    }

    static List<Highlight> others(List<Highlight> highlights, Collection<Highlight> skip) {
        List<Highlight> out = new ArrayList<>();
        for (Highlight h : highlights) {
            if (!skip.contains(h)) {
                out.add(h);
            }
        }
        return out;
    }
}
