package net.sellmeapen.evaluation;

import static net.sellmeapen.evaluation.CategoryResult.count;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.sellmeapen.conversation.Product;
import net.sellmeapen.conversation.analysis.Act;
import net.sellmeapen.conversation.analysis.Topic;

/**
 * Urgency: timing tied to the buyer's own deadline (8), the product's real time-bound offer (5), and
 * the cost of waiting tied to the buyer's problem (5); pressure and scarcity the product does not
 * have cost 5 each (at most 10).
 */
final class UrgencyRule {

    private final Product product;

    /** @param product whose facts the tips name */
    UrgencyRule(Product product) {
        this.product = product;
    }

    CategoryResult score(Scoring scoring) {
        Ledger ledger = new Ledger();
        for (Scoring.Said said : scoring.fresh(Act.URGENCY)) {
            boolean ownDeadline = said.sentence().buildsOn().stream().anyMatch(fact -> fact.topic() == Topic.TIMING)
                    && ledger.of("deadline") == 0;
            boolean costOfWaiting = !ownDeadline && said.sentence().buildsOn().stream()
                    .anyMatch(fact -> fact.topic() != Topic.TIMING);
            if (ownDeadline) {
                ledger.add("deadline", 8, 8, said);
            } else if (costOfWaiting) {
                ledger.add("waiting", 5, 5, said);
            } else {
                ledger.add("offer", 5, 5, said);
            }
        }
        int pressure = 0;
        for (Scoring.Said said : scoring.said()) {
            if (said.has(Act.PRESSURE)) {
                pressure += ledger.add("pressure", -5, 10, said) < 0 ? 1 : 0;
            }
        }
        List<String> reasons = new ArrayList<>();
        if (ledger.of("deadline") > 0) {
            reasons.add("the buyer's own deadline");
        }
        if (ledger.of("offer") > 0) {
            reasons.add("the real launch offer");
        }
        if (ledger.of("waiting") > 0) {
            reasons.add("what waiting costs them");
        }
        String feedback = reasons.isEmpty() ? "You gave no honest reason to buy now rather than later."
                : "You gave a reason to buy now: " + String.join(", ", reasons) + ".";
        if (pressure > 0) {
            feedback += " " + count(pressure, "line", "lines") + " of pressure or invented scarcity cost points:"
                    + " buyers hear that as a trick.";
        }
        List<String> tips = new ArrayList<>();
        if (ledger.of("deadline") == 0) {
            tips.add("Ask what is coming up for the buyer, then tie \"now\" to it: the signing, the exam, the trip.");
        }
        if (ledger.of("offer") == 0) {
            tips.add(product.coachingLine("tip.offer", Map.of()));
        }
        if (pressure > 0) {
            tips.add("Drop ultimatums and \"only two left\": honest timing persuades, pressure loses trust.");
        }
        if (tips.isEmpty()) {
            tips.add("Well-grounded urgency; one reason is enough, so keep it short.");
        }
        return CategoryResult.of(ledger, feedback, tips);
    }
}
