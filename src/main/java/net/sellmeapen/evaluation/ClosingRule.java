package net.sellmeapen.evaluation;

import java.util.ArrayList;
import java.util.List;
import net.sellmeapen.conversation.Outcome;
import net.sellmeapen.conversation.analysis.Act;
import net.sellmeapen.conversation.analysis.ConcernEpisode;

/**
 * Closing: a clear ask once value was built and no concern was open (8), an assumptive close (3) or a
 * trial close (3) at such a moment, asking again after answering the concern the first ask met (3),
 * and the sale itself when the server recorded it (3). An ask before any value or while a concern
 * is open costs 3 (at most 6); asks beyond the third with nothing new between them cost 2 each (at
 * most 6).
 */
final class ClosingRule {

    CategoryResult score(Scoring scoring) {
        Ledger ledger = new Ledger();
        List<Scoring.Said> asks = scoring.where(s -> s.has(Act.ASK) || s.has(Act.ASSUMPTIVE_CLOSE));
        int premature = 0;
        int earned = 0;
        int count = 0;
        for (Scoring.Said ask : asks) {
            count++;
            if (!ask.fresh() && count > 3) {
                ledger.add("spam", -2, 6, ask);
                continue;
            }
            boolean ready = valueBuilt(scoring, ask.index()) && openConcernAt(scoring, ask.index()) == null;
            if (!ready) {
                premature += ledger.add("premature", -3, 6, ask) < 0 ? 1 : 0;
            } else if (ask.has(Act.ASK)) {
                earned += ledger.add("ask", 8, 8, ask) > 0 ? 1 : 0;
                if (ledger.of("ask") == 8 && askedAgainAfterAnswer(scoring, ask.index())) {
                    ledger.add("persisted", 3, 3, ask);
                }
            } else {
                ledger.add("assumptive", 3, 3, ask);
            }
        }
        for (Scoring.Said trial : scoring.fresh(Act.TRIAL_CLOSE)) {
            if (valueBuilt(scoring, trial.index())) {
                ledger.add("trial", 3, 3, trial);
            }
        }
        Outcome outcome = scoring.attempt().outcome();
        boolean sale = outcome == Outcome.SALE && ledger.of("ask") > 0;
        if (sale) {
            ledger.add("sale", 3, 3, asks.get(asks.size() - 1));
        }
        StringBuilder feedback = new StringBuilder();
        if (asks.isEmpty()) {
            feedback.append("You never asked for the sale.");
        } else if (earned == 0 && ledger.of("assumptive") == 0) {
            feedback.append("You asked for the sale only before the buyer had a reason to say yes.");
        } else {
            feedback.append("You asked for the sale at a moment you had earned it.");
        }
        if (premature > 0 && earned > 0) {
            feedback.append(" Earlier asks came before any value or over an open concern and cost points.");
        }
        if (ledger.of("spam") < 0) {
            feedback.append(" Asking again and again with nothing new wore the buyer down.");
        }
        if (outcome == Outcome.SALE) {
            feedback.append(" The buyer bought.");
        } else if (outcome == Outcome.NO_SALE) {
            feedback.append(" The buyer did not buy.");
        } else if (scoring.attempt().source() == net.sellmeapen.conversation.Source.SELF_REPORTED) {
            feedback.append(" The transcript was self-reported, so the outcome is not counted.");
        }
        List<String> tips = new ArrayList<>();
        if (asks.isEmpty()) {
            tips.add("Always ask for the sale before the conversation ends: \"Shall I put one aside for you?\"");
        }
        if (premature > 0 || earned == 0 && !asks.isEmpty()) {
            tips.add("Earn the close: ask once the buyer has agreed a benefit matters and no concern is left open.");
        }
        if (ledger.of("trial") == 0) {
            // an example in the buyer's terms that names nothing this buyer may not have said
            tips.add("Check buy-in before the ask, in the buyer's own terms: "
                    + "\"Would that fix the problem you mentioned?\"");
        }
        if (tips.isEmpty()) {
            tips.add(outcome == Outcome.SALE
                    ? "Well-timed close; after a yes, confirm the choice so the buyer feels good about it."
                    : "Your asks came at good moments; when the answer is still no, ask what holds the buyer back"
                            + " and answer that before asking again.");
        }
        return CategoryResult.of(ledger, feedback.toString(), tips);
    }

    /** True when, by this turn, the trainee had learned something or shown value. */
    private static boolean valueBuilt(Scoring scoring, int turn) {
        boolean learned = scoring.analysis().facts().stream().anyMatch(fact -> fact.turn() < turn);
        boolean shown = scoring.said().stream().anyMatch(s -> s.index() <= turn && s.fresh()
                && (s.has(Act.TIED_BENEFIT) || s.has(Act.BENEFIT) || s.has(Act.EVIDENCE)));
        return learned && shown;
    }

    /** A concern raised before this turn and not answered by it, or null. */
    static ConcernEpisode openConcernAt(Scoring scoring, int turn) {
        for (ConcernEpisode episode : scoring.analysis().concerns()) {
            boolean raised = episode.raisedAt() < turn;
            boolean stillOpen = episode.isOpen() || episode.answeredAt() > turn;
            boolean answeredNow = episode.answeredAt() == turn;
            if (raised && stillOpen && !answeredNow) {
                return episode;
            }
        }
        return null;
    }

    /** True when an earlier ask met a concern that the trainee then answered before this ask. */
    private static boolean askedAgainAfterAnswer(Scoring scoring, int turn) {
        return scoring.analysis().concerns().stream()
                .anyMatch(episode -> !episode.isOpen() && episode.answeredAt() <= turn && episode.raisedAt() > 0
                        && scoring.where(s -> s.has(Act.ASK) && s.index() < episode.raisedAt()).size() > 0);
    }
}
