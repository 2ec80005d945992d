package net.sellmeapen.conversation.analysis;

import java.util.List;
import java.util.Set;

/**
 * One part of a trainee's message, read once — normalised, embedded, classified, its cues found —
 * whatever else in the conversation it is later compared with.
 *
 * @param normal the text in the form phrase lists match (lower case, straight quotes)
 * @param vector its meaning, a unit vector
 * @param intent what the classifier says it does, with its probability as {@code confidence}
 * @param runnerUp the classifier's second choice, with its probability
 * @param features ids of the product features it names
 * @param numbers the numbers with units it says ("$30", "six months")
 * @param productFacts the product's own checkable facts it states
 * @param price the sum of money it names, in whole units, or null
 * @param question it is phrased as a question
 * @param offer it names one of the product's real offers
 * @param guarantee it talks about the guarantee
 * @param invented it offers a price cut, freebie or guarantee the product does not have
 * @param acknowledgement it is nothing but a sign of having heard ("okay", "got it", "I see")
 * @param insult its words themselves insult ("idiot", "are you stupid"), whatever the classifier says
 */
public record ClauseReading(String text, String normal, float[] vector, Intent intent, double confidence,
        Intent runnerUp, double runnerUpConfidence, Set<String> features, List<String> numbers,
        List<String> productFacts, Integer price, boolean question, boolean offer, boolean guarantee,
        boolean invented, boolean acknowledgement, boolean insult) {

    /** The same part read as its runner-up, which becomes as sure as the first reading was not. */
    ClauseReading asRunnerUp() {
        return new ClauseReading(text, normal, vector, runnerUp, runnerUpConfidence, intent, confidence, features,
                numbers, productFacts, price, question, offer, guarantee, invented, acknowledgement, insult);
    }

    /** True when the part hands the buyer the pen to try ("here, try it", "write your name"), not tells of proof. */
    public boolean handsOver() {
        return Lexicon.handsOver(normal);
    }

    /** Asked in surprise or exasperation ("busy??", "what else do u need?!"): rhetorical, not for an answer. */
    public boolean surprised() {
        return Lexicon.inSurprise(normal) && !(intent.asksAboutBuyer() && confidence >= ClauseReader.CERTAIN
                && normal.split("\\s+").length > ClauseReader.SURPRISE_WORDS);
    }

    /** Asks who pays for the buyer's pens, it or an employer ("for yourself or through the station?"). */
    public boolean asksWhoPays() {
        return question && Lexicon.asksWhoPays(normal);
    }

    /** Asks point-blank whether the buyer needs a pen at all ("u need a pen or not?"). */
    public boolean asksIfNeedsPen() {
        return Lexicon.asksIfNeedsPen(normal);
    }

    /** True when the classifier was not sure enough to act on its reading alone. */
    public boolean unsure() {
        return confidence < ClauseReader.SURE;
    }
}
