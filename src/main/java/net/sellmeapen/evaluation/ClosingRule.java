package net.sellmeapen.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.sellmeapen.evaluation.BuyerSignals.Objection;
import net.sellmeapen.evaluation.PitchAnalysis.Sentence;
import net.sellmeapen.language.SalesVocabulary;
import net.sellmeapen.conversation.Speaker;

/**
 * Closing: 8 points for a clear ask for the sale, 5 for an assumptive close, 4 for handling an
 * objection raised after the first ask and asking again, 3 when the buyer agreed. Asking before any
 * question or benefit (an early close) costs 4.
 */
final class ClosingRule {

    CategoryResult score(PitchAnalysis analysis) {
        List<Sentence> sentences = analysis.traineeSentences();
        List<Sentence> asks = sentences.stream().filter(s -> SalesVocabulary.ASK.in(s.normal())).toList();
        Optional<Sentence> assumptive = sentences.stream().filter(s -> SalesVocabulary.ASSUMPTIVE.in(s.normal()))
                .findFirst();
        boolean agreed = BuyerSignals.agreed(analysis.turns());
        var evidence = new CategoryResult.Evidence();
        List<String> tips = new ArrayList<>();

        if (asks.isEmpty() && assumptive.isEmpty()) {
            tips.add("Always ask for the sale before the conversation ends: \"Shall I put one aside for you?\"");
            tips.add("Try an assumptive close once the buyer agrees with a benefit: \"Black or blue ink?\"");
            return new CategoryResult(agreed ? 3 : 0, "You never asked for the sale"
                    + (agreed ? ", although the buyer agreed anyway." : "."), List.of(), tips);
        }

        int firstAskTurn = asks.isEmpty() ? assumptive.get().turn() : asks.get(0).turn();
        boolean finalObjectionHandled = finalObjectionHandled(analysis, firstAskTurn, asks);
        boolean earlyClose = earlyClose(analysis, firstAskTurn);
        int points = (asks.isEmpty() ? 0 : 8) + (assumptive.isPresent() ? 5 : 0)
                + (finalObjectionHandled ? 4 : 0) + (agreed ? 3 : 0) - (earlyClose ? 4 : 0);

        StringBuilder feedback = new StringBuilder(asks.isEmpty()
                ? "You closed by assuming the sale but never asked outright"
                : "You asked for the sale");
        assumptive.filter(s -> !asks.isEmpty()).ifPresent(s -> feedback.append(" and used an assumptive close"));
        if (finalObjectionHandled) {
            feedback.append(", handled the last objection and asked again");
        }
        feedback.append(agreed ? "; the buyer agreed." : "; the buyer did not agree.");
        if (earlyClose) {
            feedback.append(" You asked before building any value, which made it feel rushed.");
            tips.add("Earn the close: ask for the sale only after the buyer has agreed with at least one benefit.");
        }
        if (assumptive.isEmpty()) {
            tips.add("Try an assumptive close once the buyer warms up: \"Shall I wrap it, or will you take it"
                    + " as it is?\"");
        }
        if (!agreed && !finalObjectionHandled) {
            tips.add("When the close meets an objection, answer it and ask again; most sales need more than"
                    + " one ask.");
        }
        if (tips.isEmpty()) {
            tips.add("Strong close; confirm the buyer's choice afterwards so they feel good about it.");
        }
        asks.stream().limit(2).forEach(evidence::add);
        assumptive.ifPresent(evidence::add);
        return new CategoryResult(points, feedback.toString(), evidence.list(), tips);
    }

    private static boolean finalObjectionHandled(PitchAnalysis analysis, int firstAskTurn, List<Sentence> asks) {
        for (Objection objection : BuyerSignals.objections(analysis.turns())) {
            if (objection.turn() > firstAskTurn) {
                var response = ObjectionHandlingRule.respond(analysis, objection);
                boolean askedAgain = asks.stream().anyMatch(ask -> ask.turn() > objection.turn());
                if (response.points() >= 3 && askedAgain) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean earlyClose(PitchAnalysis analysis, int firstAskTurn) {
        boolean builtValue = analysis.traineeSentences().stream()
                .filter(sentence -> sentence.turn() < firstAskTurn
                        || sentence.turn() == firstAskTurn && !SalesVocabulary.ASK.in(sentence.normal()))
                .anyMatch(sentence -> analysis.isDiscoveryQuestion(sentence) || analysis.isBenefit(sentence));
        long buyerTurnsBefore = analysis.turns().subList(0, firstAskTurn).stream()
                .filter(turn -> turn.speaker() == Speaker.BUYER)
                .count();
        return !builtValue || buyerTurnsBefore == 0 && analysis.traineeTurnCount() == 1;
    }
}
