package net.sellmeapen.simulation.trainees;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.sellmeapen.simulation.trainees.BuyerLine.Objection;
import net.sellmeapen.simulation.trainees.NeedMatcher.Group;

/** What a trainee remembers the buyer telling them: work, current pen, troubles, what is coming up, objections. */
final class BuyerMemory {

    /** Something the buyer needs or complains about, in their words turned round, with the trouble families it names. */
    record Need(String quote, String sentence, Set<Group> groups, boolean pain) {
        String label() {
            return groups.isEmpty() ? null : groups.iterator().next().label();
        }
    }

    private static final Pattern MONEY = Pattern.compile("\\$\\s?(\\d{1,4})|(\\d{1,4})\\s?(dollars|bucks|quid|pounds|euros)");
    private static final int QUOTE_WORDS = 14;
    private static final Set<String> FILLER = Set.of("maybe", "hmm", "hm", "hmmm", "mm", "okay", "ok", "yes", "yeah",
            "yep", "no", "nope", "right", "sure", "fine", "perhaps", "i", "suppose", "guess", "so", "well", "um", "uh",
            "go", "on", "sounds", "good", "great", "not", "really", "huh", "what", "sorry", "possibly", "alright",
            "then", "oh", "ah", "and", "it", "that's", "true", "fair", "enough", "interesting", "nice", "cool");

    String work;
    String pen;
    String event;
    String approver;
    Integer budget;
    final List<Need> needs = new ArrayList<>();
    final Set<Topic> answered = EnumSet.noneOf(Topic.class);
    private final Map<Objection, Integer> objections = new EnumMap<>(Objection.class);
    private final StringBuilder everything = new StringBuilder();
    private final Set<Integer> ownPrices;

    // What the last line added, so the reply can acknowledge it.
    String newWork;
    String newPen;
    String newEvent;
    Need newNeed;

    BuyerMemory(ProductBrief brief) {
        ownPrices = new HashSet<>(List.of(brief.price(), brief.regularPrice(), brief.refillPrice()));
    }

    int times(Objection o) {
        return objections.getOrDefault(o, 0);
    }

    int objectionsSeen() {
        int total = 0;
        for (int n : objections.values()) {
            total += n;
        }
        return total;
    }

    /** Everything the buyer said about themselves, for matching highlights when no single need stands out. */
    String everything() {
        return everything.toString();
    }

    /** Needs with the buyer's complaints first, in the order they were said. */
    List<Need> ranked() {
        List<Need> out = new ArrayList<>();
        for (Need n : needs) {
            if (n.pain()) {
                out.add(n);
            }
        }
        for (Need n : needs) {
            if (!n.pain()) {
                out.add(n);
            }
        }
        return out;
    }

    void learn(BuyerLine line, Topic asked) {
        newWork = null;
        newPen = null;
        newEvent = null;
        newNeed = null;
        if (line.objection() != null) {
            objections.merge(line.objection(), 1, Integer::sum);
        }
        if (line.approver() != null) {
            approver = line.approver();
        }
        if (line.decision() != BuyerLine.Decision.NONE || line.clarifying()) {
            return;
        }
        boolean statement = false;
        for (String s : line.sentences()) {
            statement |= !s.endsWith("?");
        }
        // A question or an objection in reply is not an answer, so the topic stays open to be asked again.
        if (asked != null && statement && line.objection() == null) {
            answered.add(asked);
        }
        boolean objecting = line.objection() != null && line.objection() != Objection.HAS_PEN
                && line.objection() != Objection.NO_NEED;
        for (String s : line.sentences()) {
            if (s.endsWith("?")) {
                continue;
            }
            everything.append(s).append(' ');
            learnSentence(s, asked, objecting);
        }
    }

    private void learnSentence(String s, Topic asked, boolean objecting) {
        String n = Words.normalize(s);
        boolean nothing = Words.has(n, "nothing", "not really", "no ", "nope", "can't think", "all good",
                "not much", "none", "no idea", "don't know") && Words.count(s) <= 6 || onlyFiller(n);
        if (work == null && !nothing && (asked == Topic.WORK || Words.has(n, "i work", "my job", "i run a",
                "i teach", "i'm a student", "i study", "i'm a teacher", "i'm an ", "i'm a nurse", "for a living"))) {
            work = newWork = Words.quote(s, 10);
            answered.add(Topic.WORK);
        }
        if (pen == null && !nothing && (asked == Topic.CURRENT_PEN || Words.has(n, "i use ", "i write with",
                "my pen ", "my current pen", "i've got a ", "i have a ", "i just use", "i mostly use")
                && Words.has(n, "pen", "biro", "ballpoint", "bic", "gel", "fountain", "pencil", "rollerball",
                        "marker", "whatever", "free", "cheap"))) {
            pen = newPen = Words.quote(s, 12);
            answered.add(Topic.CURRENT_PEN);
        }
        if (event == null && !nothing && !Words.has(n, "come back", "call me", "later", "another time")
                && (asked == Topic.TIMING || Words.has(n, "next week", "next month", "tomorrow", "coming up",
                        "soon", "in a few weeks", "in two weeks", "in a couple of weeks", "this weekend",
                        "on monday", "on tuesday", "on wednesday", "on thursday", "on friday", "starting",
                        "start a new", "starts next"))) {
            event = newEvent = Words.quote(s, 12);
            answered.add(Topic.TIMING);
        }
        if (Words.has(n, "budget", "spend", "afford", "pay", "max", "usually", "more than", "under", "up to",
                "limit", "tops")) {
            Matcher m = MONEY.matcher(n);
            while (m.find()) {
                int amount = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
                if (!ownPrices.contains(amount)) {
                    budget = amount;
                }
            }
        }
        if (!objecting) {
            learnNeed(s, asked, nothing);
        }
    }

    private void learnNeed(String s, Topic asked, boolean nothing) {
        Set<Group> groups = NeedMatcher.groupsIn(s);
        boolean asking = asked == Topic.BOTHERS || asked == Topic.MATTERS;
        if (nothing || groups.isEmpty() && !asking) {
            return;
        }
        String n = Words.normalize(s);
        boolean pain = asked == Topic.BOTHERS || asked == Topic.CURRENT_PEN || Words.has(n, "annoy", "hate",
                "bother", "problem", "issue", "keep", "always", "never", "frustrat", "drives me", "sick of",
                "tired of", "fed up", "ruin", "awful", "terrible", "useless", "cheap", "smudg", "smear", "cramp",
                "hurt", "ache", "dies", "run out", "runs out", "skip", "leak", "lose", "losing", "lost", "messy",
                "break", "broke", "can't stand", "bugs me", "worst");
        if (pain) {
            answered.add(Topic.BOTHERS);
        }
        // Two troubles in one sentence become two needs, so each can be matched to its own highlight.
        List<String> split = new ArrayList<>();
        if (groups.size() >= 2) {
            for (String clause : Words.clauses(s)) {
                if (!NeedMatcher.groupsIn(clause).isEmpty()) {
                    split.add(clause);
                }
            }
        }
        if (split.size() >= 2) {
            for (String clause : split) {
                add(new Need(quotable(clause, NeedMatcher.groupsIn(clause)), clause, NeedMatcher.groupsIn(clause), pain));
            }
        } else {
            add(new Need(quotable(s, groups), s, groups, pain));
        }
    }

    private void add(Need need) {
        for (Need old : needs) {
            if (old.sentence().equals(need.sentence())) {
                return;
            }
        }
        needs.add(need);
        if (newNeed == null) {
            newNeed = need;
        }
    }

    /** Whether a line is only noises like "Hmm, okay, maybe", which answer nothing. */
    private static boolean onlyFiller(String normalized) {
        for (String w : normalized.strip().split(" ")) {
            if (!w.isEmpty() && !FILLER.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** The sentence, or for long ones the clause that names the trouble, as the trainee would say it back. */
    private static String quotable(String s, Set<Group> groups) {
        String whole = Words.quote(s, QUOTE_WORDS);
        if (whole != null) {
            return whole;
        }
        for (String clause : Words.clauses(s)) {
            if (groups.isEmpty() || !NeedMatcher.groupsIn(clause).isEmpty()) {
                String q = Words.quote(clause, QUOTE_WORDS);
                if (q != null) {
                    return q;
                }
            }
        }
        return null;
    }
}
