package net.sellmeapen.buyer;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;
import net.sellmeapen.conversation.Difficulty;
import net.sellmeapen.conversation.Speaker;
import net.sellmeapen.conversation.Turn;

/**
 * The offline buyer: a deterministic dialogue engine. It keeps no memory between requests — it
 * replays the trainee's earlier messages to rebuild the buyer's state — so a session always gets
 * the same replies, even across restarts.
 */
public final class ScriptedBuyer implements Buyer {

    @Override
    public String opening(String sessionId, Difficulty difficulty) {
        List<String> lines = BuyerLines.OPENINGS.get(difficulty);
        CRC32 crc = new CRC32();
        crc.update(sessionId.getBytes(StandardCharsets.UTF_8));
        return lines.get((int) (crc.getValue() % lines.size()));
    }

    @Override
    public BuyerReply reply(String sessionId, Difficulty difficulty, List<Turn> history, String message) {
        BuyerState state = replay(sessionId, difficulty, history);
        return state.hear(message);
    }

    /** The buyer's state after hearing every trainee turn in the history. */
    static BuyerState replay(String sessionId, Difficulty difficulty, List<Turn> history) {
        BuyerState state = new BuyerState(sessionId, difficulty);
        for (Turn turn : history) {
            if (turn.speaker() == Speaker.TRAINEE && state.decision() == null) {
                state.hear(turn.text());
            }
        }
        return state;
    }
}
