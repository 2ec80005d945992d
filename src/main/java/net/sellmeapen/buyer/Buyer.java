package net.sellmeapen.buyer;

import java.util.List;
import net.sellmeapen.conversation.Turn;

/** Plays the buyer in a text session. */
public sealed interface Buyer permits ScriptedBuyer, LlmBuyer {

    /** The buyer's first line, e.g. "Alright… sell me this pen." (for a drill, where the skill is needed). */
    String opening(Scene scene);

    /** The buyer's answer to the trainee's message, given everything said before it. */
    BuyerReply reply(Scene scene, List<Turn> history, String message);

    /** Who plays the buyer in a session (a profile id such as {@code paralegal}); fixed by the session id. */
    String persona(String sessionId);

    /** True when each reply costs a model call, so it counts against the trainee's call budget. */
    default boolean callsModel() {
        return false;
    }
}
