package net.sellmeapen.evaluation;

import static net.sellmeapen.evaluation.CategoryResult.count;

import java.util.ArrayList;
import java.util.List;
import net.sellmeapen.conversation.analysis.Act;
import net.sellmeapen.conversation.analysis.ConcernEpisode;
import net.sellmeapen.conversation.analysis.ConcernEpisode.Verdict;

/**
 * Objection handling: every concern the buyer raised scores 0–5 — 4 for answering it with substance
 * in the next turn (3 later), 1 more for acknowledging it, minus 2 for arguing and 1 for each turn
 * that ignored it — and the category is the average × 4. With no concern raised the category had no
 * occasion: it scores the average of the other four categories. Rudeness anywhere costs 4.
 */
final class ObjectionHandlingRule {

    static final int RUDENESS = 4;

    /** Scores the concerns; {@code others} is the average of the other four categories, for when there were none. */
    CategoryResult score(Scoring scoring, int others) {
        List<ConcernEpisode> episodes = scoring.analysis().concerns();
        Ledger ledger = new Ledger();
        List<String> tips = new ArrayList<>();
        int rude = 0;
        for (Scoring.Said said : scoring.said()) {
            if (said.has(Act.RUDE)) {
                rude++;
            }
        }
        String feedback;
        int score;
        if (episodes.isEmpty()) {
            score = others;
            feedback = "The buyer raised no concern, so this category had no occasion: it counts as the average of"
                    + " your other four (" + others + ").";
            tips.add("When a buyer pushes back, acknowledge it, then answer with something specific to them.");
        } else {
            int total = 0;
            int answered = 0;
            int ignored = 0;
            for (ConcernEpisode episode : episodes) {
                int points = 0;
                for (ConcernEpisode.Response response : episode.responses()) {
                    points += switch (response.verdict()) {
                        case ANSWERED -> response == episode.firstResponse() ? 4 : 3;
                        case ARGUED -> -2;
                        case IGNORED -> -1;
                        case EXPLORED, ACKNOWLEDGED -> 0;
                    };
                }
                boolean acknowledged = episode.responses().stream()
                        .anyMatch(r -> r.verdict() == Verdict.ACKNOWLEDGED || r.verdict() == Verdict.EXPLORED
                                || r.verdict() == Verdict.ANSWERED && acknowledgedIn(scoring, r.turn()));
                points = Math.max(0, Math.min(5, points + (acknowledged ? 1 : 0)));
                total += points;
                answered += episode.isOpen() ? 0 : 1;
                ignored += episode.responses().stream().anyMatch(r -> r.verdict() == Verdict.IGNORED) ? 1 : 0;
                note(scoring, ledger, episode, points);
            }
            score = Math.round(total * 4f / episodes.size());
            feedback = "The buyer raised " + count(episodes.size(), "concern", "concerns") + "; you answered "
                    + answered + " with substance" + (ignored > 0 ? " and left " + (ignored == 1 ? "one" : ignored)
                    + " without an answer at first." : ".");
            if (answered < episodes.size()) {
                tips.add("Answer each concern before moving on: a fact, a number or their own situation, not just"
                        + " \"I understand\".");
            }
        }
        if (rude > 0) {
            score -= RUDENESS;
            feedback += " Rudeness cost " + RUDENESS + " points.";
            tips.add("Stay courteous even with a hostile buyer; composure is part of the sale.");
        }
        if (tips.isEmpty()) {
            tips.add("You settled every concern; keep answering with specifics rather than reassurance alone.");
        }
        return new CategoryResult(score, feedback, ledger.evidence(CategoryResult.MAX_EVIDENCE), tips);
    }

    private static boolean acknowledgedIn(Scoring scoring, int turn) {
        return scoring.said().stream().anyMatch(s -> s.index() == turn && s.has(Act.EMPATHY));
    }

    /** Quotes the trainee's reply to the concern: the answer when there was one, else the first reply. */
    private static void note(Scoring scoring, Ledger ledger, ConcernEpisode episode, int points) {
        int turn = episode.isOpen() ? episode.firstResponse() == null ? -1 : episode.firstResponse().turn()
                : episode.answeredAt();
        if (turn < 0) {
            return;
        }
        scoring.said().stream()
                .filter(s -> s.index() == turn && (episode.isOpen() || s.has(Act.CONCERN_ANSWER)))
                .findFirst()
                .ifPresent(said -> {
                    if (episode.isOpen()) {
                        ledger.note(said, Evidence.COST);
                    } else {
                        ledger.add("concern-" + episode.raisedAt(), points, 5, said);
                    }
                });
    }
}
