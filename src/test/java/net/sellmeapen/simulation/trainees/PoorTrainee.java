package net.sellmeapen.simulation.trainees;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import net.sellmeapen.simulation.trainees.BuyerLine.Ask;
import net.sellmeapen.simulation.trainees.ProductBrief.Highlight;

/** A trainee who pitches at once in superlatives, brushes past the buyer, pushes, discounts and repeats. */
final class PoorTrainee extends BaseTrainee {

    private static final List<String> OPEN_PITCH = List.of(
            "This is the {name}, the best pen you will ever own! {F1}! {F2}! {F3}! Absolutely amazing.",
            "Okay so this is the {name} and honestly it's the greatest pen ever made. It has {f1}, {f2}, {f3}, everything!",
            "You need the {name}! It's revolutionary. {F1}, {f2} and {f3}. Nothing else comes close!",
            "Let me tell you, the {name} is unbelievable. {F1}. {F2}. {F3}. Best pen on the market, full stop.");
    private static final List<String> PUSH = List.of("Buy one now?", "So, you buying?", "Deal?", "Come on, buy it!",
            "Just buy it, you won't regret it!", "So? Yes?", "You want one, right?", "Shall I ring it up?");
    private static final List<String> SUPERLATIVE = List.of("It's simply the best pen on the market, trust me!",
            "Honestly, it's the most amazing pen in the world.", "Nothing beats it. Nothing!",
            "It's a total game changer, seriously.", "Everyone who tries it loves it!",
            "It's incredible, you have to try it.");
    private static final List<String> FEATURE_DUMP = List.of("It's got the {h}! And the {h2}!",
            "The {h}! Amazing! Plus the {h2}!", "Did I mention the {h}? Incredible. And the {h2}!");
    private static final List<String> PRICE_ANSWER = List.of("Only {price}! That's a steal!",
            "It's just {price}, basically nothing!", "{price}! Cheap for the best pen ever!");
    private static final List<String> DODGE = List.of("Don't worry about the price, just look at it!",
            "Forget the price, feel how amazing it is!", "Price doesn't matter when it's this good!",
            "Who cares, it's the best pen ever!");
    private static final List<String> ARGUE = List.of("Trust me, everyone needs this pen.",
            "No, no, your pen is rubbish compared to this.", "You don't know what you're missing.",
            "That's not a real problem, honestly.", "Come on, everybody needs a good pen!",
            "That makes no sense, this pen is amazing.");
    private static final List<String> PRESSURE = List.of("Only a few left, you need to decide now!",
            "This price ends today, so it's now or never!", "They're flying off the shelves, seriously, decide now.",
            "I can't hold this price for you, you have to buy right now!");
    private static final List<String> DISCOUNT = List.of("Okay, okay \u2014 {deal}, just for you. Today only!",
            "Fine, I'll do it for {deal}. Final offer!", "Look, {deal}. That's basically giving it away!");
    private static final List<String> FREEBIE = List.of("I'll throw in a second one for free!",
            "And I'll add free refills for a year!", "Buy now and I'll add a spare pen for free!");
    private static final List<String> RUDE = List.of("Whatever. Your loss.",
            "Fine, forget it. You clearly don't know a good pen when you see one.",
            "Ugh. I give up, you're impossible.", "Okay, suit yourself. Bye.");
    private static final List<String> LOUDER = List.of("Like I said, it's the best pen ever!",
            "I SAID it's the best pen you'll ever own!", "It's a pen! The best one! Do you want it?");
    private static final List<String> THANKS = List.of("Yes!! Great, you won't regret it!",
            "Awesome!! Best decision you'll ever make!", "Finally! You're going to love it!");
    private static final List<String> GOODBYE = List.of("Your loss!", "Wow. Okay. Bye then.", "Seriously? Fine.");

    private final int patience;
    private final boolean sulks;
    private int refusals;
    private int dealPrice;
    private boolean repeatedLast;

    PoorTrainee(ProductBrief brief, Phrases phrases, Voice voice, String description) {
        super(brief, phrases, voice, description, 25);
        this.patience = phrases.between(3, 6);
        this.sulks = phrases.chance(0.6);
        this.dealPrice = brief.price();
    }

    @Override
    protected boolean repeatsAllowed() {
        return true;
    }

    @Override
    protected Message respond(BuyerLine line) {
        if (line.objection() != null && ++refusals > patience) {
            // Some poor trainees storm off with a parting shot, others just stop typing.
            return sulks ? new Message().say(phrases.pick(RUDE)).farewell() : null;
        }
        if (!sent().isEmpty() && !line.opening() && !repeatedLast && phrases.chance(0.2)) {
            repeatedLast = true;
            return Message.verbatim(sent().get(phrases.random().nextInt(sent().size())));
        }
        repeatedLast = false;
        Map<String, String> v = vars();
        features(v);
        Message m = new Message();
        if (line.opening()) {
            String pitch = phrases.pick(OPEN_PITCH, v);
            m.say(pitch != null ? pitch : phrases.pick(SUPERLATIVE));
        } else if (line.objection() != null) {
            m.say(tactic(v));
        } else if (line.ask() == Ask.PRICE) {
            m.say(phrases.pick(phrases.chance(0.5) ? PRICE_ANSWER : DODGE, v));
            m.maybe(phrases.pick(PRESSURE));
        } else if (line.ask() != null) {
            m.say(phrases.pick(SUPERLATIVE));
        } else {
            String dump = phrases.chance(0.5) ? phrases.pick(FEATURE_DUMP, v) : null;
            m.say(dump != null ? dump : phrases.pick(SUPERLATIVE));
        }
        String said = m.parts().get(0).text();
        return m.say(phrases.pick(PUSH)).plain(said);
    }

    private String tactic(Map<String, String> v) {
        int pick = phrases.random().nextInt(5);
        return switch (pick) {
            case 0 -> phrases.pick(ARGUE);
            case 1 -> phrases.pick(PRESSURE);
            case 2 -> {
                dealPrice = Math.max(facts.brief.price() / 2, dealPrice - phrases.between(2, 5));
                v.put("deal", ProductFacts.money(dealPrice));
                yield phrases.pick(DISCOUNT, v);
            }
            case 3 -> phrases.pick(FREEBIE);
            default -> phrases.pick(SUPERLATIVE);
        };
    }

    /** Puts three highlight names in random order into the blanks, so the feature dump differs each time. */
    private void features(Map<String, String> v) {
        List<Highlight> shuffled = new ArrayList<>(facts.highlights);
        Collections.shuffle(shuffled, phrases.random());
        for (int i = 0; i < Math.min(3, shuffled.size()); i++) {
            v.put("f" + (i + 1), ProductFacts.name(shuffled.get(i)));
        }
        if (shuffled.size() >= 2) {
            v.put("h", ProductFacts.name(shuffled.get(0)));
            v.put("h2", ProductFacts.name(shuffled.get(1)));
        }
    }

    @Override
    protected Message restate() {
        if (!sent().isEmpty() && phrases.chance(0.5)) {
            return Message.verbatim(sent().get(sent().size() - 1));
        }
        return new Message().say(phrases.pick(LOUDER)).plain("It's the best pen ever!");
    }

    @Override
    protected Message thanks() {
        return new Message().say(phrases.pick(THANKS)).farewell();
    }

    @Override
    protected Message goodbye() {
        return phrases.chance(0.5) ? null : new Message().say(phrases.pick(GOODBYE)).farewell();
    }
}
