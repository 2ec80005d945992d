package net.sellmeapen.evaluation;

import static net.sellmeapen.evaluation.CategoryResult.count;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.sellmeapen.conversation.analysis.Act;
import net.sellmeapen.conversation.analysis.BuyerFact;
import net.sellmeapen.conversation.analysis.Topic;

/**
 * Needs discovery: real questions about the buyer (3 for an open one before the pitch, 2 for a
 * closed one; 2 and 1 after it; at most 10), what the buyer revealed in answer (2 per topic, at
 * most 6), and statements built on those answers (2 per fact used, at most 4). Off-topic or
 * insulting questions cost 2 each; a question asked again earns nothing.
 */
final class NeedsDiscoveryRule {

    CategoryResult score(Scoring scoring) {
        Ledger ledger = new Ledger();
        int firstPitch = scoring.firstPitch();
        int questions = 0;
        int open = 0;
        for (Scoring.Said said : scoring.said()) {
            boolean isOpen = said.has(Act.OPEN_QUESTION);
            if (!isOpen && !said.has(Act.CLOSED_QUESTION) || !said.fresh()) {
                continue;
            }
            boolean beforePitch = said.index() < firstPitch;
            int points = (isOpen ? 2 : 1) + (beforePitch ? 1 : 0);
            if (ledger.add("question", points, 10, said) > 0) {
                questions++;
                open += isOpen ? 1 : 0;
            }
        }
        Set<Topic> revealed = new LinkedHashSet<>();
        for (Scoring.Said said : scoring.said()) {
            if (!said.sentence().text().strip().endsWith("?") && !said.has(Act.OPEN_QUESTION)
                    && !said.has(Act.CLOSED_QUESTION)) {
                continue;
            }
            for (BuyerFact fact : scoring.analysis().facts()) {
                if (fact.turn() == said.index() + 1 && revealed.add(fact.topic())) {
                    ledger.add("revealed", 2, 6, said);
                }
            }
        }
        Set<BuyerFact> used = new LinkedHashSet<>();
        for (Scoring.Said said : scoring.said()) {
            if (said.fresh() && !said.sentence().buildsOn().isEmpty() && used.addAll(said.sentence().buildsOn())
                    && !said.has(Act.OPEN_QUESTION) && !said.has(Act.CLOSED_QUESTION)) {
                ledger.add("used", 2, 4, said);
            }
        }
        int wasted = 0;
        for (Scoring.Said said : scoring.said()) {
            boolean question = said.sentence().text().strip().endsWith("?");
            if (question && (said.has(Act.OFF_TOPIC) || said.has(Act.RUDE))) {
                ledger.add("off-topic", -2, 6, said);
                wasted++;
            }
        }
        StringBuilder feedback = new StringBuilder();
        if (questions == 0) {
            feedback.append("You did not ask about the buyer, so everything after was a guess about what they need.");
        } else {
            feedback.append("You asked ").append(count(questions, "real question", "real questions"))
                    .append(" about the buyer (").append(open).append(" open)");
            feedback.append(revealed.isEmpty() ? ", but learned nothing you could use."
                    : " and learned " + describe(revealed) + ".");
            feedback.append(ledger.of("used") > 0 ? " You built on what they told you."
                    : " You did not build on what they told you.");
        }
        if (wasted > 0) {
            feedback.append(' ').append(count(wasted, "question was", "questions were"))
                    .append(" off topic or hostile and cost points.");
        }
        List<String> tips = new ArrayList<>();
        if (questions < 2) {
            tips.add("Before pitching, ask what they do, how they write and what bothers them about the pen they"
                    + " use now.");
        }
        if (questions > 0 && open == 0) {
            tips.add("Ask open questions (what, how, tell me about…) so the buyer answers in their own words.");
        }
        if (ledger.of("used") == 0) {
            tips.add("Use the buyer's answers in your pitch: repeat their own detail and say what the pen changes"
                    + " about it.");
        }
        if (tips.isEmpty()) {
            tips.add("Good discovery; keep one question for later to check the buyer is still with you.");
        }
        return CategoryResult.of(ledger, feedback.toString(), tips);
    }

    private static String describe(Set<Topic> topics) {
        List<String> parts = topics.stream().map(Topic::description).toList();
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }
}
