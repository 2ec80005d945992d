package net.sellmeapen.evaluation;

import java.util.List;
import net.sellmeapen.conversation.Category;
import net.sellmeapen.conversation.Difficulty;
import net.sellmeapen.conversation.Outcome;
import net.sellmeapen.conversation.Source;
import net.sellmeapen.conversation.Turn;

/**
 * A trainee's attempt at selling, as the evaluator scores it.
 *
 * @param outcome the buyer's decision as the server recorded it; null when there is none or the
 *        transcript was self-reported (its buyer's words prove nothing)
 * @param drill the skill a drill practises (its buyer's first line then counts), or null
 */
public record Attempt(List<Turn> turns, Difficulty difficulty, Outcome outcome, Source source, Category drill) {

    public Attempt {
        turns = List.copyOf(turns);
        if (source == Source.SELF_REPORTED) {
            outcome = null;
        }
    }

    /** A whole practice session (not a drill). */
    public Attempt(List<Turn> turns, Difficulty difficulty, Outcome outcome, Source source) {
        this(turns, difficulty, outcome, source, null);
    }
}
