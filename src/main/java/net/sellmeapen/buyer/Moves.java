package net.sellmeapen.buyer;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.sellmeapen.language.Phrases;
import net.sellmeapen.language.SalesVocabulary;
import net.sellmeapen.language.Sentences;

/**
 * What the trainee did in one message, as the buyer hears it.
 *
 * @param question the topic of the discovery question asked, or null
 * @param unclearQuestion a question about the buyer whose topic the buyer cannot tell
 * @param tiedBenefit a benefit that uses something the buyer already revealed
 */
record Moves(boolean greeting, Topic question, boolean unclearQuestion, boolean feature, boolean benefit,
        boolean tiedBenefit, boolean differentiation, boolean urgency, boolean tiedUrgency, boolean close,
        boolean acknowledges, boolean reassures, boolean argues, boolean rude, int words) {

    /** Compiled once per keyword list: a session replays every message on each reply. */
    private static final Map<List<String>, Phrases> KEYWORDS = new ConcurrentHashMap<>();

    private static final Phrases GREETING = Phrases.of("hi", "hello", "hey", "good morning", "good afternoon",
            "good evening", "how are you", "nice to meet", "pleasure to meet");

    /** Reads a message, knowing which topics the buyer has revealed so far. */
    static Moves read(String message, BuyerProfile profile, Set<Topic> revealed) {
        String normal = Phrases.normalise(message);
        Topic question = null;
        boolean unclear = false;
        boolean statementPitch = false;
        for (String sentence : Sentences.split(message)) {
            String s = Phrases.normalise(sentence);
            boolean asks = Sentences.isQuestion(s);
            Topic topic = asks && !SalesVocabulary.ASK.in(s) && !SalesVocabulary.LEADING.in(s) ? Topic.of(s) : null;
            if (topic != null && question == null) {
                question = topic;
            } else if (topic == null && Sentences.isDiscoveryQuestion(s)) {
                unclear = true;
            } else if (!asks) {
                statementPitch = true;
            }
        }
        boolean benefit = statementPitch && SalesVocabulary.BENEFITS.in(normal);
        boolean usesFacts = revealed.stream().anyMatch(topic -> mentions(normal, profile.keywords().get(topic)))
                || !revealed.isEmpty() && SalesVocabulary.PERSONAL_REFERENCE.in(normal);
        boolean urgency = SalesVocabulary.SCARCITY.in(normal) || normal.contains("limited time")
                || SalesVocabulary.TIME_WORDS.in(normal) && SalesVocabulary.OFFER_WORDS.in(normal)
                || statementPitch && SalesVocabulary.COST_OF_DELAY.in(normal);
        boolean tiedUrgency = urgency && revealed.contains(Topic.TIMING) && mentions(normal, profile.timingWords());
        return new Moves(
                GREETING.in(normal),
                question,
                unclear && question == null,
                statementPitch && SalesVocabulary.FEATURES.in(normal),
                benefit,
                benefit && usesFacts,
                SalesVocabulary.DIFFERENTIATION.in(normal),
                urgency,
                tiedUrgency,
                SalesVocabulary.ASK.in(normal) || SalesVocabulary.ASSUMPTIVE.in(normal),
                SalesVocabulary.ACKNOWLEDGE.in(normal),
                SalesVocabulary.REASSURE.in(normal),
                SalesVocabulary.ARGUE.in(normal),
                SalesVocabulary.RUDE.in(normal),
                normal.isEmpty() ? 0 : normal.split(" ").length);
    }

    private static boolean mentions(String normal, List<String> words) {
        return !words.isEmpty() && KEYWORDS.computeIfAbsent(words, list -> Phrases.of(list.toArray(String[]::new)))
                .in(normal);
    }

    /** True when the message did anything a buyer would call selling. */
    boolean sells() {
        return question != null || feature || benefit || differentiation || urgency || close;
    }
}
