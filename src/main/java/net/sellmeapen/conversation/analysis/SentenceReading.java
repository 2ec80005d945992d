package net.sellmeapen.conversation.analysis;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One sentence of a trainee's turn and what it does.
 *
 * @param acts what the sentence does, each with a confidence from 0 to 1
 * @param topic for a discovery question, what it asks about (null when it is not one, or the topic is unclear)
 * @param features ids of the product features it names
 * @param buildsOn the buyer's facts it builds on
 * @param specifics the checkable things it says: numbers, product facts, comparisons, a demonstration
 * @param repeats true when the trainee already said this (or nearly this) earlier
 */
public record SentenceReading(String text, Map<Act, Double> acts, Topic topic, Set<String> features,
        List<BuyerFact> buildsOn, List<String> specifics, boolean repeats) {

    public boolean has(Act act) {
        return acts.containsKey(act);
    }

    /** Substance: something checkable or something about this buyer. */
    public boolean hasSubstance() {
        return !specifics.isEmpty() || !buildsOn.isEmpty();
    }
}
