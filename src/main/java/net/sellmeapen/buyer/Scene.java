package net.sellmeapen.buyer;

import net.sellmeapen.conversation.Category;
import net.sellmeapen.conversation.Difficulty;

/**
 * Where a buyer plays: the session (which picks the buyer and the wording), the difficulty, and for
 * a drill the skill it practises (the buyer then opens where that skill is needed).
 *
 * @param drill the skill a drill practises, or null for a whole practice session
 */
public record Scene(String sessionId, Difficulty difficulty, Category drill) {

    /** A whole practice session. */
    public static Scene practice(String sessionId, Difficulty difficulty) {
        return new Scene(sessionId, difficulty, null);
    }

    public boolean isDrill() {
        return drill != null;
    }
}
