package net.sellmeapen.evaluation;

import static net.sellmeapen.evaluation.CategoryResult.count;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.sellmeapen.conversation.Product;
import net.sellmeapen.conversation.analysis.Act;
import net.sellmeapen.conversation.analysis.Topic;

/**
 * Value proposition: benefits built on what this buyer said (4 each, at most 12), other benefits of
 * the product's real features (2 each, at most 4), checkable evidence — numbers, product facts, a
 * demonstration (2 each, at most 4), and a comparison with the buyer's own pen (2). Unsupported
 * superlatives and price cuts or freebies the product does not offer cost 3 each (at most 9 each),
 * a turn that only repeats an earlier one costs 2 (at most 6), and a feature list that never meets the
 * buyer costs 4.
 * Without a benefit tied to the buyer the category stays at 10 or below, without any benefit or
 * evidence at 4 or below.
 */
final class ValuePropositionRule {

    private final Product product;

    /** @param product whose facts the tips name */
    ValuePropositionRule(Product product) {
        this.product = product;
    }

    CategoryResult score(Scoring scoring) {
        Ledger ledger = new Ledger();
        int tied = 0;
        int grounded = 0;
        for (Scoring.Said said : scoring.said()) {
            if (!said.fresh()) {
                continue;
            }
            if (said.has(Act.TIED_BENEFIT)) {
                tied += ledger.add("tied", 4, 12, said) > 0 ? 1 : 0;
                boolean comparesTheirPen = said.sentence().buildsOn().stream()
                        .anyMatch(fact -> fact.topic() == Topic.CURRENT_PEN || fact.topic() == Topic.PAIN);
                if (comparesTheirPen && !said.sentence().features().isEmpty()) {
                    ledger.add("compared", 2, 2, said);
                }
            } else if (said.has(Act.BENEFIT) && (!said.sentence().features().isEmpty() || said.has(Act.EVIDENCE))) {
                grounded += ledger.add("grounded", 2, 4, said) > 0 ? 1 : 0;
            }
            if (said.has(Act.EVIDENCE)) {
                ledger.add("evidence", 2, 4, said);
            }
        }
        int superlatives = 0;
        for (Scoring.Said said : scoring.said()) {
            if (said.has(Act.SUPERLATIVE)) {
                superlatives += ledger.add("superlative", -3, 9, said) < 0 ? 1 : 0;
            }
        }
        int giveaways = 0;
        for (Scoring.Said said : scoring.said()) {
            if (said.has(Act.GIVEAWAY)) {
                giveaways += ledger.add("giveaway", -3, 9, said) < 0 ? 1 : 0;
            }
        }
        int repeats = 0;
        for (var turn : scoring.analysis().traineeTurns()) {
            if (turn.isRepeat() && !turn.sentences().isEmpty()) {
                repeats += ledger.add("repeat", -2, 6, scoring.seq(turn.index()), turn.sentences().get(0).text()) < 0
                        ? 1 : 0;
            }
        }
        List<Scoring.Said> features = scoring.fresh(Act.FEATURE);
        boolean dump = tied == 0 && features.size() >= 3 && grounded * 2 < features.size();
        if (dump) {
            ledger.add("dump", -4, 4, features.get(0));
        }
        int score = ledger.points();
        if (tied == 0) {
            score = Math.min(score, 10);
        }
        if (tied == 0 && grounded == 0 && ledger.of("evidence") == 0) {
            score = Math.min(score, 4);
        }

        StringBuilder feedback = new StringBuilder();
        if (tied > 0) {
            feedback.append("You tied ").append(count(tied, "benefit", "benefits")).append(" to what the buyer told you");
            feedback.append(grounded > 0 ? " and gave " + count(grounded, "more benefit", "more benefits") + "." : ".");
        } else if (grounded > 0) {
            feedback.append("You gave ").append(count(grounded, "benefit", "benefits"))
                    .append(", but none built on what this buyer told you.");
        } else {
            feedback.append(features.isEmpty() ? "You never said what the pen would do for this buyer."
                    : "You named " + count(features.size(), "feature", "features")
                            + " but never said what they would do for this buyer.");
        }
        if (ledger.of("evidence") > 0) {
            feedback.append(" You backed claims with facts the buyer can check.");
        }
        if (superlatives > 0) {
            feedback.append(' ').append(count(superlatives, "claim", "claims"))
                    .append(" of the \"best pen ever\" kind had nothing behind them and cost points.");
        }
        if (dump) {
            feedback.append(" Most of the pitch was a list of features, which buyers tune out.");
        }
        if (repeats > 0) {
            feedback.append(" Saying the same thing again added nothing and cost points.");
        }
        if (giveaways > 0) {
            feedback.append(" Price cuts, freebies or terms the product does not offer (such as a longer guarantee)"
                    + " tell the buyer it is not worth its price, or are not true.");
        }
        List<String> tips = new ArrayList<>();
        if (tied == 0) {
            tips.add("Link each benefit to something the buyer said: their job, their deadline, what annoys them"
                    + " about their pen.");
        }
        if (superlatives > 0) {
            tips.add(product.coachingLine("tip.fact", Map.of()));
        }
        if (ledger.of("evidence") == 0) {
            tips.add("Give the buyer something to check: a number, the guarantee terms, or let them try it.");
        }
        if (tied == 1) {
            tips.add("Tie a second benefit to another thing the buyer told you, so the value is about their whole day.");
        }
        if (ledger.of("compared") == 0) {
            tips.add("Compare with the pen they use now: what it does to them that this one will not.");
        }
        if (tips.isEmpty()) {
            tips.add(score >= 16 ? "Strong value story; keep it to the two benefits that matter most to this buyer."
                    : "Back each benefit with a fact the buyer can check: a number, the guarantee terms, a try.");
        }
        return new CategoryResult(score, feedback.toString(), ledger.evidence(CategoryResult.MAX_EVIDENCE), tips);
    }
}
