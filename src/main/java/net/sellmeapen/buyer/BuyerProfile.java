package net.sellmeapen.buyer;

import java.util.List;
import java.util.Map;

/**
 * A buyer's hidden life: what they answer to each discovery topic, and the words that show a
 * trainee used those answers (per topic, so only revealed facts count).
 *
 * @param name short id of the profile, shown in tests and logs only
 * @param answers the truthful answer to each {@link Topic}
 * @param keywords words that tie a pitch to each topic's answer
 * @param timingWords words of the buyer's deadline (a day, an event) that make urgency personal
 */
record BuyerProfile(String name, Map<Topic, String> answers, Map<Topic, List<String>> keywords,
        List<String> timingWords) {
}
