package net.sellmeapen.evaluation;

import static net.sellmeapen.evaluation.CategoryResult.plural;

import java.util.ArrayList;
import java.util.List;
import net.sellmeapen.evaluation.PitchAnalysis.Sentence;

/**
 * Needs discovery: 2 points per discovery question asked before the first pitch sentence and 1 per
 * question after it (at most 8), 2 per open question about the buyer (at most 6), and 3 per
 * statement that reuses what the buyer revealed (at most 6).
 */
final class NeedsDiscoveryRule {

    CategoryResult score(PitchAnalysis analysis) {
        List<Sentence> sentences = analysis.traineeSentences();
        int firstPitch = analysis.firstPitchIndex();
        List<Sentence> before = new ArrayList<>();
        List<Sentence> after = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence sentence = sentences.get(i);
            if (analysis.isDiscoveryQuestion(sentence)) {
                (i < firstPitch ? before : after).add(sentence);
            }
        }
        List<Sentence> open = new ArrayList<>(before);
        open.addAll(after);
        open.removeIf(sentence -> !analysis.isOpenBuyerQuestion(sentence));
        List<Sentence> personalised = sentences.stream()
                .filter(sentence -> !sentence.question() && analysis.isPersonalised(sentence))
                .toList();

        int points = Math.min(8, 2 * before.size() + after.size())
                + Math.min(6, 2 * open.size())
                + Math.min(6, 3 * personalised.size());

        StringBuilder feedback = new StringBuilder();
        if (before.isEmpty() && firstPitch < sentences.size()) {
            feedback.append("You started pitching before asking a single question about the buyer");
            if (!after.isEmpty()) {
                feedback.append(" (you asked ").append(plural(after.size(), "question", "questions"))
                        .append(" later)");
            }
        } else {
            feedback.append("You asked ").append(plural(before.size(), "question", "questions"))
                    .append(" before pitching, ").append(open.size()).append(" of them open questions about the buyer");
        }
        if (personalised.isEmpty()) {
            feedback.append(", but never used their answers in what you said next.");
        } else {
            feedback.append(", and built on what they told you")
                    .append(analysis.reusedFact(personalised.get(0)).map(word -> " (\"" + word + "\")").orElse(""))
                    .append('.');
        }

        List<String> tips = new ArrayList<>();
        if (before.size() < 2) {
            tips.add("Open with two or three questions about the buyer before you mention the pen, such as "
                    + "\"What does a normal workday look like for you?\"");
        }
        if (open.size() < 2) {
            tips.add("Ask open questions (what, how, tell me about…) rather than yes/no ones, so the buyer tells you"
                    + " what matters to them.");
        }
        if (personalised.isEmpty()) {
            tips.add("Use the buyer's own words in your pitch: if they mention signing contracts, sell the pen as the"
                    + " one they sign contracts with.");
        }
        if (tips.isEmpty()) {
            tips.add("Your discovery is strong; add one follow-up such as \"Why does that matter to you?\" to find"
                    + " the need behind the first answer.");
        }
        var evidence = new CategoryResult.Evidence();
        before.stream().limit(2).forEach(evidence::add);
        if (before.isEmpty() && firstPitch < sentences.size()) {
            evidence.add(sentences.get(firstPitch));
        }
        personalised.stream().limit(1).forEach(evidence::add);
        return new CategoryResult(points, feedback.toString(), evidence.list(), tips);
    }
}
