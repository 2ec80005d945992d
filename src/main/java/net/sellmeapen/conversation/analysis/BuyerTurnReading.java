package net.sellmeapen.conversation.analysis;

import java.util.List;
import java.util.Set;

/**
 * A buyer's turn: the concerns it raises (only where the buyer pushes back), the facts it shares in
 * answer to questions, and how it leans.
 *
 * @param opening true for the buyer's first line, before the trainee said anything (it reveals nothing)
 * @param answersQuestion true when the trainee's turn before it asked the buyer something
 * @param asksPrice true when the buyer asks what the pen costs ("How much is it?"), which is a question, not a concern
 */
public record BuyerTurnReading(int index, String text, Set<Concern> concerns, List<BuyerFact> facts,
        Set<Signal> signals, boolean opening, boolean answersQuestion, boolean asksPrice) implements TurnReading {
}
