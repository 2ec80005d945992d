package net.sellmeapen.conversation.analysis;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import net.sellmeapen.language.Clauses;

/**
 * One part (a sentence or clause) of a trainee's turn and what it does in the conversation.
 *
 * @param acts what the part does, each with a confidence from 0 to 1
 * @param topic for a discovery question, what it asks about (null when it is not one)
 * @param features ids of the product features it names
 * @param buildsOn the buyer's facts it builds on
 * @param specifics the checkable things it says: numbers, product facts, a demonstration
 * @param repeats true when the trainee already said this (or nearly this) earlier
 * @param clause how the part was read (its intent, confidence and cues); null for a turn not in English
 */
public record SentenceReading(String text, Map<Act, Double> acts, Topic topic, Set<String> features,
        List<BuyerFact> buildsOn, List<String> specifics, boolean repeats, ClauseReading clause) {

    public boolean has(Act act) {
        return acts.containsKey(act);
    }

    /** Substance: something checkable or something about this buyer. */
    public boolean hasSubstance() {
        return !specifics.isEmpty() || !buildsOn.isEmpty();
    }

    /**
     * A question put to the buyer about anything at all ("are you left-handed?") that is not a check
     * on the trainee's own words ("does that make sense?") nor a request to ask ("can I ask you?").
     */
    public boolean asksBuyer() {
        return clause != null && clause.question() && clause.price() == null
                && (Lexicon.ADDRESSES_BUYER.in(clause.normal()) || WH_START.matcher(clause.normal()).find())
                && !Clauses.isLeadIn(text) && !CHECKS_UNDERSTANDING.matcher(clause.normal()).find();
    }

    /** How a question put to the buyer without a "you" starts: "what happens…", "has that ever…". */
    // ("when an entry blots, does that ever come up?": after a clause that sets the scene)
    private static final Pattern WH_START = Pattern.compile("^(?:(?:when|whenever|if|once)\\b[^,?]{0,60},\\s*)?"
            + "(?:(?:and|so|but|ok|okay|also|then)[,]?\\s+)*(?:who|what|"
            + "what's|whats|how|how's|where|which|why|(?:has|have|did|does|do|is|was|were) (?:that|it|this|they|those|"
            + "these|anything|anyone)\\b)");

    private static final Pattern CHECKS_UNDERSTANDING = Pattern.compile("\\b(?:make(?:s)? sense|you know what i mean|"
            + "know what i mean|with me|follow me|you see|get me|sound good|sound ok|sounds good|can i ask|may i ask|"
            + "could i ask|mind if i|let me ask|can i tell|may i tell|shall i|can i show|want me to|would you like me)\\b"
            + "|\\b(?:ya|yeah|yea|yes|ok|okay|right|deal|yep|no|k)\\s*\\?+$");

    /** What the classifier read the part as, or null for a turn not in English. */
    public Intent intent() {
        return clause == null ? null : clause.intent();
    }

    /** The classifier's confidence in {@link #intent} (1 for a turn not in English). */
    /** The same reading taken as a question about another topic (its runner-up reading, say). */
    public SentenceReading withTopic(Topic other) {
        return new SentenceReading(text, acts, other, features, buildsOn, specifics, repeats, clause);
    }

    public double confidence() {
        return clause == null ? 1 : clause.confidence();
    }
}
