package net.sellmeapen.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.sellmeapen.evaluation.PitchAnalysis.Sentence;
import net.sellmeapen.language.SalesVocabulary;

/**
 * Urgency: 5 points for scarcity, 5 for a time-bound offer, 6 for timing tied to the buyer's own
 * situation, 4 for the cost of waiting. Discovery questions are not urgency, however they are worded.
 */
final class UrgencyRule {

    CategoryResult score(PitchAnalysis analysis) {
        List<Sentence> candidates = analysis.traineeSentences().stream()
                .filter(sentence -> !analysis.isDiscoveryQuestion(sentence))
                .toList();
        Optional<Sentence> scarcity = first(candidates, s -> SalesVocabulary.SCARCITY.in(s.normal()));
        Optional<Sentence> timeBound = first(candidates, s -> s.normal().contains("limited time")
                || SalesVocabulary.TIME_WORDS.in(s.normal()) && SalesVocabulary.OFFER_WORDS.in(s.normal()));
        Optional<Sentence> tied = first(candidates, s -> analysis.isPersonalised(s)
                && (SalesVocabulary.TIME_WORDS.in(s.normal()) || SalesVocabulary.COST_OF_DELAY.in(s.normal())));
        Optional<Sentence> costOfDelay = first(candidates, s -> SalesVocabulary.COST_OF_DELAY.in(s.normal()));

        int points = (scarcity.isPresent() ? 5 : 0) + (timeBound.isPresent() ? 5 : 0)
                + (tied.isPresent() ? 6 : 0) + (costOfDelay.isPresent() ? 4 : 0);

        List<String> used = new ArrayList<>();
        scarcity.ifPresent(s -> used.add("scarcity"));
        timeBound.ifPresent(s -> used.add("a time-bound offer"));
        tied.ifPresent(s -> used.add("timing tied to the buyer's situation"));
        costOfDelay.ifPresent(s -> used.add("the cost of waiting"));
        String feedback = used.isEmpty()
                ? "You gave the buyer no reason to buy now rather than later (or never)."
                : "You created urgency with " + String.join(", ", used) + "."
                        + (tied.isEmpty() ? " None of it was tied to the buyer's own deadline or situation." : "");

        List<String> tips = new ArrayList<>();
        if (tied.isEmpty()) {
            tips.add("Tie \"why now\" to the buyer's own calendar: a meeting, an exam or a contract they mentioned.");
        }
        if (costOfDelay.isEmpty()) {
            tips.add("Name the cost of waiting: every day with the old pen is another smudged signature or lost"
                    + " note.");
        }
        if (scarcity.isEmpty() && timeBound.isEmpty()) {
            tips.add("Give an honest reason the offer will not last, such as a limited batch or a price that ends"
                    + " this week.");
        }
        if (tips.isEmpty()) {
            tips.add("Your urgency is well grounded; keep it to one or two reasons so it does not feel like"
                    + " pressure.");
        }
        var evidence = new CategoryResult.Evidence();
        tied.ifPresent(evidence::add);
        scarcity.ifPresent(evidence::add);
        timeBound.ifPresent(evidence::add);
        costOfDelay.ifPresent(evidence::add);
        return new CategoryResult(points, feedback, evidence.list(), tips);
    }

    private static Optional<Sentence> first(List<Sentence> sentences, java.util.function.Predicate<Sentence> test) {
        return sentences.stream().filter(test).findFirst();
    }
}
