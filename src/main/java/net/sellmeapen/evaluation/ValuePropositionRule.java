package net.sellmeapen.evaluation;

import static net.sellmeapen.evaluation.CategoryResult.plural;

import java.util.ArrayList;
import java.util.List;
import net.sellmeapen.evaluation.PitchAnalysis.Sentence;
import net.sellmeapen.language.SalesVocabulary;

/**
 * Value proposition: 3 points per benefit statement (at most 9), 3 per benefit tied to what the
 * buyer said (at most 6), 3 for setting the pen apart once and 5 for twice or more. A feature dump
 * (three or more bare features, outnumbering benefits twice over) costs 4; with no benefit at all
 * the category stays at 4 or below.
 */
final class ValuePropositionRule {

    CategoryResult score(PitchAnalysis analysis) {
        List<Sentence> sentences = analysis.traineeSentences();
        List<Sentence> benefits = sentences.stream().filter(analysis::isBenefit).toList();
        List<Sentence> tied = benefits.stream().filter(analysis::isPersonalised).toList();
        List<Sentence> different = sentences.stream()
                .filter(sentence -> SalesVocabulary.DIFFERENTIATION.in(sentence.normal()))
                .toList();
        List<Sentence> bareFeatures = sentences.stream().filter(analysis::isBareFeature).toList();
        boolean featureDump = bareFeatures.size() >= 3 && bareFeatures.size() > 2 * benefits.size();

        int points = Math.min(9, 3 * benefits.size())
                + Math.min(6, 3 * tied.size())
                + (different.size() >= 2 ? 5 : different.size() == 1 ? 3 : 0);
        if (featureDump) {
            points -= 4;
        }
        if (benefits.isEmpty()) {
            points = Math.min(points, 4);
        }

        String feedback;
        if (benefits.isEmpty()) {
            feedback = bareFeatures.isEmpty()
                    ? "You never said what the pen would do for this buyer."
                    : "You listed " + plural(bareFeatures.size(), "feature", "features")
                            + " but never said what any of them would do for this buyer.";
        } else {
            feedback = "You gave " + plural(benefits.size(), "benefit", "benefits") + ", " + tied.size()
                    + " tied to what the buyer told you"
                    + (different.isEmpty() ? ", and nothing that sets this pen apart from any other."
                            : ", and set the pen apart " + plural(different.size(), "time", "times") + ".");
            if (featureDump) {
                feedback += " Most of the pitch was a list of features, which buyers tune out.";
            }
        }

        List<String> tips = new ArrayList<>();
        if (benefits.size() < 2 || featureDump) {
            tips.add("Turn each feature into a benefit with \"which means you…\": not \"it has quick-dry ink\" but"
                    + " \"you can sign and fold the page at once without smudging it\".");
        }
        if (tied.isEmpty()) {
            tips.add("Link every benefit to something the buyer said, so it answers their need rather than a"
                    + " generic one.");
        }
        if (different.isEmpty()) {
            tips.add("Say why this pen and not the one they already have: compare it with their current pen.");
        }
        if (tips.isEmpty()) {
            tips.add("Your value story is strong; keep it to the two benefits that matter most to this buyer.");
        }
        var evidence = new CategoryResult.Evidence();
        tied.stream().limit(2).forEach(evidence::add);
        benefits.stream().limit(2).forEach(evidence::add);
        different.stream().limit(1).forEach(evidence::add);
        if (featureDump || benefits.isEmpty()) {
            bareFeatures.stream().limit(2).forEach(evidence::add);
        }
        return new CategoryResult(points, feedback, evidence.list(), tips);
    }
}
