package net.sellmeapen.simulation.trainees;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import net.sellmeapen.simulation.trainees.BuyerMemory.Need;
import net.sellmeapen.simulation.trainees.ProductBrief.Highlight;

/** What every simulated trainee shares: reading the buyer, remembering, typing, and knowing when to leave. */
abstract class BaseTrainee implements SimulatedTrainee {

    /** A buyer need and the highlight that answers it. */
    record Pair(Need need, Highlight highlight) {}

    private static final List<String> AGAIN = List.of("Let me ask once more.", "Just to check again.",
            "Sorry to repeat myself.", "One more time, then.", "To put it another way:", "Again, quickly:");
    private static final List<String> SAY_AGAIN = List.of("Sorry, could you say that again?",
            "Sorry, I missed that \u2014 could you say it again?");
    private static final List<String> RESTATE = List.of("Sorry, I mean:", "Let me put it more simply:",
            "Sorry, I wasn't clear.", "In other words:", "I just mean:");

    protected final ProductFacts facts;
    protected final Phrases phrases;
    protected final BuyerMemory memory;
    protected final Voice voice;
    protected final Set<Highlight> mentioned = new LinkedHashSet<>();
    /** The topic the message being written asks about, so the buyer's next line is read as its answer. */
    protected Topic asking;

    private final String description;
    private final int limit;
    private final List<String> sent = new ArrayList<>();
    private Topic askedLast;
    private String lastPlain;
    private boolean done;

    BaseTrainee(ProductBrief brief, Phrases phrases, Voice voice, String description, int limit) {
        this.facts = new ProductFacts(brief);
        this.phrases = phrases;
        this.memory = new BuyerMemory(brief);
        this.voice = voice;
        this.description = description;
        this.limit = limit;
    }

    @Override
    public final String reply(String buyerLine) {
        if (done || sent.size() >= limit) {
            done = true;
            return null;
        }
        BuyerLine line = LineReader.read(buyerLine, sent.isEmpty(), askedLast);
        memory.learn(line, askedLast);
        asking = null;
        Message m = switch (line.decision()) {
            case BOUGHT -> thanks();
            case REFUSED -> goodbye();
            case NONE -> line.clarifying() && lastPlain != null ? restate() : respond(line);
        };
        askedLast = asking;
        if (m == null || m.isEmpty()) {
            done = true;
            return null;
        }
        String text = m.verbatimText() != null ? m.verbatimText() : voice.render(m);
        if (text.isBlank()) {
            text = voice.render(lastPlain != null ? restate() : new Message().say(phrases.pick(SAY_AGAIN)));
        }
        for (int i = 0; i < AGAIN.size() && !repeatsAllowed() && sent.contains(text); i++) {
            text = voice.render(copyWithLead(m, AGAIN.get(i)));
        }
        sent.add(text);
        if (m.plain() != null) {
            lastPlain = m.plain();
        }
        done = m.isFarewell();
        return text;
    }

    @Override
    public final String describe() {
        return description;
    }

    protected abstract Message respond(BuyerLine line);

    protected abstract Message thanks();

    protected abstract Message goodbye();

    protected boolean repeatsAllowed() {
        return false;
    }

    /** The topic the trainee's previous message asked about, if any. */
    protected Topic lastAsked() {
        return askedLast;
    }

    protected int sentCount() {
        return sent.size();
    }

    protected List<String> sent() {
        return sent;
    }

    protected Message restate() {
        return new Message().say(phrases.pick(RESTATE)).say(lastPlain).plain(lastPlain);
    }

    private static Message copyWithLead(Message m, String lead) {
        Message copy = new Message().say(lead).plain(m.plain());
        for (Message.Part p : m.parts()) {
            if (p.optional()) {
                copy.maybe(p.text());
            } else {
                copy.say(p.text());
            }
        }
        return m.isFarewell() ? copy.farewell() : copy;
    }

    /** Each need, complaints first, with the best highlight for it that no earlier need has taken. */
    protected List<Pair> pairs() {
        List<Pair> out = new ArrayList<>();
        Set<Highlight> taken = new LinkedHashSet<>();
        for (Need n : memory.ranked()) {
            Highlight h = NeedMatcher.best(n.sentence(), facts.highlights, taken);
            if (h != null) {
                out.add(new Pair(n, h));
                taken.add(h);
            }
        }
        return out;
    }

    /** The highlight to lead with: the one matching the buyer's main need, else anything they said, else the first. */
    protected Highlight leadHighlight() {
        List<Pair> pairs = pairs();
        if (!pairs.isEmpty()) {
            return pairs.get(0).highlight();
        }
        Highlight h = NeedMatcher.best(memory.everything(), facts.highlights, Set.of());
        if (h != null) {
            return h;
        }
        List<Highlight> fresh = NeedMatcher.others(facts.highlights, mentioned);
        return fresh.isEmpty() ? (facts.highlights.isEmpty() ? null : facts.highlights.get(0)) : fresh.get(0);
    }

    /** The blanks for templates: the product's facts plus what the buyer has said, turned round for quoting. */
    protected Map<String, String> vars() {
        Map<String, String> v = facts.vars();
        List<Pair> pairs = pairs();
        Need need = pairs.isEmpty() ? (memory.ranked().isEmpty() ? null : memory.ranked().get(0)) : pairs.get(0).need();
        if (need != null) {
            heard(v, need);
        }
        Highlight h = pairs.isEmpty() ? leadHighlight() : pairs.get(0).highlight();
        if (h != null) {
            putHighlight(v, "", h);
        }
        put(v, "event", memory.event);
        put(v, "pen", memory.pen);
        put(v, "work", memory.work);
        v.put("approver", memory.approver == null ? "whoever signs off" : memory.approver);
        if (memory.budget != null) {
            v.put("budget", ProductFacts.money(memory.budget));
        }
        return v;
    }

    /**
     * Puts the buyer's need into the blanks: {need} for anything they told us, and {heard} and {topic} only for
     * complaints, because those templates promise to fix something.
     */
    protected static void heard(Map<String, String> v, Need need) {
        String quote = need.quote();
        String label = need.label();
        String phrase = null;
        if (quote != null && Words.count(quote) >= 4) {
            phrase = "you said " + quote;
        } else if (quote != null) {
            phrase = "you mentioned " + quote;
        } else if (label != null) {
            phrase = "you mentioned " + label;
        }
        v.remove("need");
        v.remove("heard");
        v.remove("topic");
        if (phrase != null) {
            v.put("need", phrase);
        }
        if (!need.pain()) {
            return;
        }
        if (phrase != null) {
            v.put("heard", phrase);
        }
        if (label != null) {
            v.put("topic", label);
        } else if (quote != null && Words.count(quote) <= 4) {
            v.put("topic", quote);
        }
    }

    protected static void putHighlight(Map<String, String> v, String suffix, Highlight h) {
        v.put("h" + suffix, ProductFacts.name(h));
        v.put("d" + suffix, ProductFacts.detail(h));
        v.put("tie" + suffix, "the " + ProductFacts.name(h) + " \u2014 " + ProductFacts.detail(h));
    }

    private static void put(Map<String, String> v, String key, String value) {
        if (value != null && !value.isBlank()) {
            v.put(key, value);
        }
    }
}
