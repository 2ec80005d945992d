package net.sellmeapen.simulation.trainees;

import java.util.List;
import java.util.Map;
import java.util.Set;

import net.sellmeapen.simulation.trainees.BuyerLine.Ask;
import net.sellmeapen.simulation.trainees.ProductBrief.Highlight;

/** Straight answers to the questions a buyer asks about the product, built only from the brief. */
final class Answers {

    private static final List<String> PRICE = List.of(
            "It's {price}. One cartridge lasts {lasts}, and refills are {refill} \u2014 so {perMonth}.",
            "{price} \u2014 that's the launch price until {ends}, then it goes up to {regular}. Refills are {refill}.",
            "It's {price}. Spread over a cartridge that lasts {lasts}, that's {perDay}.",
            "{price}, and after that just {refill} a refill \u2014 {refillPerMonth}.",
            "It's {price}.");
    private static final List<String> SPECIAL_PERSONAL = List.of("For you, it's this: {heard}. {Tie}.",
            "Honestly? {Heard}. {Tie}.", "The part that matters for you: {tie}. That's the answer to {topic}.");
    private static final List<String> SPECIAL = List.of("Two things stand out: {tie}. And the {h2} \u2014 {d2}.",
            "{Tie}. Plus the {h2}.", "Mainly the {h}: {d}. And it has the {h2} too.", "Mainly the {h}: {d}.");
    private static final List<String> WHAT = List.of("It's the {name}: {summary}.", "This is the {name} \u2014 {summary}.",
            "The {name}. In a line: {summary}.");
    private static final List<String> GUARANTEE = List.of("The guarantee is {guarantee}.",
            "You're covered: {guarantee}.", "It's guaranteed \u2014 {guarantee}.");
    private static final List<String> LASTS = List.of("It's refillable: the {hL} \u2014 {dL}.",
            "A good while. The {hL}: {dL}.", "Refills are {refill}, and one lasts {lasts}.", "Refills are {refill}.");
    private static final List<String> OFFER = List.of("Right now it's the {offer}. And {perk}.",
            "There's the {offer}. Also {perk}.", "The price is already the launch price: {offer}.",
            "No discounts beyond the launch offer, I'm afraid: {offer}.", "It's {price}, no discounts I'm afraid.");
    private static final List<String> WHY = List.of(
            "So I can show you the part of the pen that matters to you, instead of reading you a list.",
            "Because it tells me which bit of this pen is actually useful to you.",
            "Fair question \u2014 I'd rather talk about what you need than recite features.");
    private static final List<String> OTHER = List.of("Good question. The {hQ} \u2014 {dQ}.",
            "That's where the {hQ} comes in: {dQ}.", "That's covered by the {hQ}: {dQ}.");
    private static final List<String> UNKNOWN = List.of(
            "Honestly, I don't know that one. What I can tell you is it's {summary}.",
            "I'd have to check that, and I won't guess. What I do know: it's {summary}.",
            "I'm not sure, to be honest. It's {summary}, if that helps.");

    private Answers() {
    }

    /**
     * The answer to the buyer's question; personal answers tie the product to what the buyer said.
     * Highlights it names are added to mentioned so later messages can bring up others.
     */
    static String answer(Ask ask, String question, Map<String, String> v, Phrases phrases, ProductFacts facts,
            Set<Highlight> mentioned, boolean personal) {
        String said = switch (ask) {
            case PRICE -> phrases.pick(PRICE, v);
            case SPECIAL -> special(v, phrases, facts, mentioned, personal);
            case WHAT -> phrases.pick(WHAT, v);
            case GUARANTEE -> or(phrases.pick(GUARANTEE, v), phrases.pick(WHAT, v));
            case LASTS -> lasts(v, phrases, facts, mentioned);
            case OFFER -> phrases.pick(OFFER, v);
            case WHY -> phrases.pick(WHY, v);
            case OTHER -> other(question, v, phrases, facts, mentioned);
        };
        return or(or(said, phrases.pick(WHAT, v)), "It's the " + facts.brief.name() + ".");
    }

    private static String special(Map<String, String> v, Phrases phrases, ProductFacts facts,
            Set<Highlight> mentioned, boolean personal) {
        if (personal && v.containsKey("heard")) {
            String s = phrases.pick(SPECIAL_PERSONAL, v);
            if (s != null) {
                return s;
            }
        }
        Highlight lead = NeedMatcher.others(facts.highlights, mentioned).stream().findFirst()
                .orElse(facts.highlights.isEmpty() ? null : facts.highlights.get(0));
        if (lead == null) {
            return phrases.pick(WHAT, v);
        }
        BaseTrainee.putHighlight(v, "", lead);
        mentioned.add(lead);
        List<Highlight> rest = NeedMatcher.others(facts.highlights, mentioned);
        if (!rest.isEmpty()) {
            BaseTrainee.putHighlight(v, "2", rest.get(0));
            mentioned.add(rest.get(0));
        }
        return phrases.pick(SPECIAL, v);
    }

    private static String lasts(Map<String, String> v, Phrases phrases, ProductFacts facts, Set<Highlight> mentioned) {
        Highlight h = facts.lasting();
        if (h != null) {
            v.put("hL", ProductFacts.name(h));
            v.put("dL", ProductFacts.detail(h));
            mentioned.add(h);
        }
        return or(phrases.pick(LASTS, v), phrases.pick(WHAT, v));
    }

    private static String other(String question, Map<String, String> v, Phrases phrases, ProductFacts facts,
            Set<Highlight> mentioned) {
        Highlight h = question == null ? null : NeedMatcher.best(question, facts.highlights, Set.of());
        if (h != null) {
            v.put("hQ", ProductFacts.name(h));
            v.put("dQ", ProductFacts.detail(h));
            mentioned.add(h);
            return phrases.pick(OTHER, v);
        }
        return or(phrases.pick(UNKNOWN, v), "I'm not sure, to be honest.");
    }

    private static String or(String a, String b) {
        return a != null ? a : b;
    }
}
