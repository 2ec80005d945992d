package net.sellmeapen.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import net.sellmeapen.evaluation.BuyerSignals.Objection;
import net.sellmeapen.evaluation.BuyerSignals.ObjectionKind;
import net.sellmeapen.evaluation.PitchAnalysis.Sentence;
import net.sellmeapen.language.SalesVocabulary;

/**
 * Objection handling: each objection the buyer raised is scored on the trainee's next turn, 0–5:
 * 2 for acknowledging it, 2 for reassurance or a reframe, 1 for a question that explores it, minus
 * 3 for arguing or pressure; giving up or not answering scores 0. The category is the average × 4.
 * With no objection raised it scores a neutral 10 (4 when the trainee said too little to show
 * composure). Rudeness anywhere costs 4.
 */
final class ObjectionHandlingRule {

    private static final int NEUTRAL = 10;
    private static final int NEUTRAL_SHORT = 4;
    private static final int RUDENESS_PENALTY = 4;

    /** How one objection was answered. */
    record Response(Objection objection, int points, List<Sentence> sentences, boolean gaveUp, boolean argued) {
    }

    CategoryResult score(PitchAnalysis analysis) {
        List<Objection> objections = BuyerSignals.objections(analysis.turns());
        List<Sentence> rude = analysis.traineeSentences().stream()
                .filter(sentence -> SalesVocabulary.RUDE.in(sentence.normal()))
                .toList();
        var evidence = new CategoryResult.Evidence();
        List<String> tips = new ArrayList<>();
        int points;
        String feedback;

        if (objections.isEmpty()) {
            boolean enough = analysis.traineeTurnCount() >= 3;
            points = enough ? NEUTRAL : NEUTRAL_SHORT;
            feedback = "The buyer raised no objections, so this scores a neutral " + points + "/20"
                    + (enough ? "." : " (the conversation was too short to show composure).");
            tips.add("Invite pushback (\"What would stop you from buying today?\") so you can answer the real"
                    + " concern instead of leaving it unspoken.");
        } else {
            List<Response> responses = objections.stream().map(objection -> respond(analysis, objection)).toList();
            double average = responses.stream().mapToInt(Response::points).average().orElse(0);
            points = (int) Math.round(average * 4);
            long handled = responses.stream().filter(response -> response.points() >= 3).count();
            feedback = "The buyer pushed back " + CategoryResult.plural(objections.size(), "time", "times") + " ("
                    + kinds(objections) + "); you handled " + handled + " of them well.";
            if (responses.stream().anyMatch(Response::gaveUp)) {
                feedback += " You gave up or did not answer at least once.";
                tips.add("Never let an objection end the conversation: acknowledge it, then ask what is behind it.");
            }
            if (responses.stream().anyMatch(Response::argued)) {
                feedback += " Arguing or pressing hard cost you points.";
                tips.add("Stay calm under pushback: agree with the feeling (\"I understand\") before you answer"
                        + " the fact.");
            }
            if (handled < objections.size()) {
                tips.add("Use acknowledge, reassure, reframe: \"That's fair — it does cost more up front, and it"
                        + " outlasts a box of disposables.\"");
            }
            responses.forEach(response -> evidence.addAll(response.sentences().stream()
                    .filter(ObjectionHandlingRule::carriesSignal)
                    .limit(2)
                    .toList()));
        }
        if (!rude.isEmpty()) {
            points -= RUDENESS_PENALTY;
            feedback += " Rude language cost " + RUDENESS_PENALTY + " points.";
            evidence.add(rude.get(0));
        }
        if (tips.isEmpty()) {
            tips.add("You handled pushback well; next time also check the answer landed: \"Does that address"
                    + " your concern?\"");
        }
        return new CategoryResult(points, feedback, evidence.list(), tips);
    }

    static Response respond(PitchAnalysis analysis, Objection objection) {
        List<Sentence> reply = analysis.nextTraineeTurn(objection.turn());
        String text = reply.stream().map(Sentence::normal).collect(Collectors.joining(" "));
        if (reply.isEmpty()) {
            return new Response(objection, 0, reply, true, false);
        }
        boolean argued = SalesVocabulary.ARGUE.in(text);
        boolean acknowledged = SalesVocabulary.ACKNOWLEDGE.in(text);
        boolean reassured = SalesVocabulary.REASSURE.in(text);
        boolean explored = reply.stream().anyMatch(Sentence::question);
        if (SalesVocabulary.GIVE_UP.in(text) && !reassured) {
            return new Response(objection, 0, reply, true, argued);
        }
        int points = (acknowledged ? 2 : 0) + (reassured ? 2 : 0) + (explored ? 1 : 0) - (argued ? 3 : 0);
        return new Response(objection, Math.max(0, points), reply, false, argued);
    }

    /** A sentence worth quoting: it acknowledged, reassured, argued or gave up. */
    private static boolean carriesSignal(Sentence sentence) {
        String s = sentence.normal();
        return SalesVocabulary.ACKNOWLEDGE.in(s) || SalesVocabulary.REASSURE.in(s) || SalesVocabulary.ARGUE.in(s)
                || SalesVocabulary.GIVE_UP.in(s);
    }

    private static String kinds(List<Objection> objections) {
        return objections.stream()
                .flatMap(objection -> objection.kinds().stream())
                .distinct()
                .map(ObjectionKind::description)
                .collect(Collectors.joining(", "));
    }
}
