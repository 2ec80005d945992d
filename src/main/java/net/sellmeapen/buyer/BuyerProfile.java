package net.sellmeapen.buyer;

import java.util.List;
import java.util.Map;
import net.sellmeapen.conversation.analysis.Topic;

/**
 * A buyer's hidden life, from {@code buyers/profiles.json}: what they answer about each discovery
 * topic (two wordings, one chosen per session), their budget, the product needs behind their
 * complaint, and short forms the buyer's lines reuse.
 *
 * @param budget the most they would spend on a pen, in whole dollars (the budget answer says the same)
 * @param needs ids of the product needs their complaint is about
 * @param timingShort their coming event, e.g. "the contract signing on Friday"
 * @param recap per topic, the answer in a few words, for saying it again ("fifteen dollars at most")
 * @param more per topic, further details in the order the buyer gives them to follow-up questions
 * @param workWords other words for what the buyer does, as a guess at it may put them ("police", "cop")
 */
record BuyerProfile(String id, int budget, List<String> needs, String approver, String timingShort,
        String currentPenShort, String painShort, List<String> work, List<String> workWords, List<String> writing, List<String> currentPen,
        List<String> pain, List<String> priorities, List<String> budgetLines, List<String> timing,
        List<String> smallTalk, Map<String, String> recap, Map<String, List<String>> more) {

    /** The answer about a topic in a few words, as the buyer says it again. */
    String recap(Topic topic) {
        String recap = recap().get(key(topic));
        if (recap == null) {
            throw new IllegalStateException("profile " + id + " has no recap of " + key(topic));
        }
        return recap;
    }

    /** The n-th further detail about a topic (from 0), or null when the buyer has no more to tell. */
    String more(Topic topic, int n) {
        List<String> details = more == null ? List.of() : more.getOrDefault(key(topic), List.of());
        return n < details.size() ? details.get(n) : null;
    }

    private static String key(Topic topic) {
        return topic == Topic.CURRENT_PEN ? "currentPen" : topic.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The buyer's answer about a topic, in the session's wording. */
    String answer(Topic topic, int variant) {
        List<String> options = switch (topic) {
            case WORK -> work;
            case WRITING -> writing;
            case CURRENT_PEN -> currentPen;
            case PAIN -> pain;
            case PRIORITIES -> priorities;
            case BUDGET -> budgetLines;
            case TIMING -> timing;
            case HESITATION -> throw new IllegalArgumentException("no profile answer about what holds them back");
        };
        return options.get(Math.floorMod(variant, options.size()));
    }
}
