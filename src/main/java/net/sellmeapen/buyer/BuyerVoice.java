package net.sellmeapen.buyer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.sellmeapen.conversation.Product;
import net.sellmeapen.conversation.analysis.Concern;
import net.sellmeapen.language.Phrases;

/**
 * The words one buyer speaks, from {@code buyers/lines.json}: its voice (friendly below HARD, tough
 * from HARD up), and how it raises, presses, settles and names each concern. Every line comes from
 * the data file; nothing here writes a sentence.
 */
final class BuyerVoice {

    private final BuyerCast.Lines lines;
    private final BuyerProfile profile;
    private final Product product;
    private final Map<String, Phrases> needCues;
    private final boolean tough;

    /** @param needCues the words naming each of the product's needs, by need id */
    BuyerVoice(BuyerCast.Lines lines, BuyerProfile profile, Product product, Map<String, Phrases> needCues,
            boolean tough) {
        this.lines = lines;
        this.profile = profile;
        this.product = product;
        this.needCues = needCues;
        this.tough = tough;
    }

    /** The product's need that words name ("smudging", "hand cramps"), or null when they name none. */
    Product.Need needNamed(String normal) {
        return product.needs().stream().filter(need -> needCues.get(need.id()).in(normal)).findFirst().orElse(null);
    }

    /** Every need of the product that words name: "smudging, pens drying out, caps going missing" name three. */
    List<Product.Need> needsNamed(String normal) {
        return product.needs().stream().filter(need -> needCues.get(need.id()).in(normal)).toList();
    }

    /** The wordings of a situation in this buyer's voice. */
    List<String> say(String situation) {
        List<String> wordings = (tough ? lines.tough() : lines.friendly()).get(situation);
        if (wordings == null) {
            throw new IllegalStateException("buyers/lines.json has no lines for " + situation);
        }
        return wordings;
    }

    /**
     * Its words on the price objection in a situation ("heardPrice"): a buyer that can afford the pen
     * doubts its worth, not its cost ("heardPriceValue"), so it never names a budget above the price
     * and objects to the price in one breath.
     */
    List<String> onPrice(String situation) {
        return profile.budget() >= product.price() ? say(situation + "Value") : say(situation);
    }

    /** How the buyer brings a concern up; {@code despite} when the trainee already spoke to it. */
    List<String> raise(Concern concern, boolean despite) {
        if (despite) {
            // a buyer that can afford the pen doubts its worth, not its cost: "a lot for a pen" would contradict
            // the budget it may have named
            List<String> worth = key(concern).equals("PRICE_VALUE") ? lines.raiseDespite().get("PRICE_VALUE") : null;
            return worth != null ? worth : lines.raiseDespite().get(concern.name());
        }
        return lines.concerns().get(key(concern));
    }

    /** Presses an open concern: its own words first, then plainer ones as it keeps coming back. */
    List<String> press(Concern concern) {
        List<String> wordings = new ArrayList<>(lines.press().get(concern.name()));
        if (nameable(concern)) {
            String name = name(concern);
            say("pressAgain").forEach(line -> wordings.add(line.replace("{concern}", name)));
        }
        return wordings;
    }

    /** A concern a stock line can name ("stuck on the price"); a stall or "not now" is said in its own words. */
    static boolean nameable(Concern concern) {
        return concern != Concern.THINK_IT_OVER && concern != Concern.TIMING;
    }

    List<String> resolved(Concern concern) {
        return lines.resolvedBy().get(concern.name());
    }

    /** What holds the buyer back, said of an open concern when asked. */
    List<String> hesitation(Concern concern) {
        return concern == Concern.PRICE ? onPrice("hesitationPrice") : lines.hesitation().get(concern.name());
    }

    /** What would settle a concern, said when asked what it would take. */
    List<String> wouldBuyIf(Concern concern) {
        return lines.wouldBuyIf().get(key(concern));
    }

    /** What would settle a concern, said unasked: "Look, show me it'll outlast what I use now and I'll pay it." */
    List<String> offerCondition(Concern concern) {
        return lines.offerCondition().get(key(concern)).stream()
                .map(line -> line.replace("{approver}", profile.approver())).toList();
    }

    /** A concern's key in the line files: the price splits into over budget and doubted value. */
    String key(Concern concern) {
        return concern != Concern.PRICE ? concern.name()
                : profile.budget() < product.price() ? "PRICE_OVER_BUDGET" : "PRICE_VALUE";
    }

    /** The concern in the buyer's words ("the price", "asking the office manager"). */
    String name(Concern concern) {
        String key = concern == Concern.PRICE && profile.budget() >= product.price() ? "PRICE_VALUE" : concern.name();
        return lines.concernNames().get(key).replace("{approver}", profile.approver());
    }

    /** What a kind of trainee question asks, in the buyer's words, or null when it has none. */
    String meaning(String intentLabel) {
        return lines.meanings().get(intentLabel);
    }

    /**
     * What the buyer notices trying the pen: the feature the trainee's demonstration is about ("write
     * and rub it with your thumb": the quick-dry ink), else the one that meets its own need, else the first.
     */
    private List<String> tried(Set<String> shown) {
        for (Product.Feature feature : product.features()) {
            if (shown.contains(feature.id())) {
                return feature.tried();
            }
        }
        return profile.needs().stream().flatMap(need -> product.featuresFor(need).stream()).findFirst()
                .orElse(product.features().get(0)).tried();
    }

    /**
     * A reaction to trying the pen in each of its wordings and each wording of what it noticed, one after
     * the other, so two difficulties that share a voice (and so take alternate wordings) notice it in
     * different words.
     */
    List<String> triedIt(String situation, Set<String> shown) {
        List<String> noticed = tried(shown);
        List<String> lines = new ArrayList<>();
        for (String line : say(situation)) {
            for (String wording : noticed) {
                lines.add(line.replace("{tried}", wording));
            }
        }
        return lines;
    }

    List<Product.Question> productQuestions() {
        return product.questions();
    }

    /** The ways it says why it walks ("the hard sell puts me off", "I don't like being pushed"). */
    List<String> reasons(String key) {
        return lines.reasons().get(key);
    }
}
