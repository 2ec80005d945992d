package net.sellmeapen.coaching;

import java.util.List;
import java.util.Optional;
import net.sellmeapen.conversation.analysis.Act;
import net.sellmeapen.conversation.analysis.ConcernEpisode;
import net.sellmeapen.conversation.analysis.ConversationAnalysis;
import net.sellmeapen.conversation.analysis.Topic;
import net.sellmeapen.conversation.analysis.TraineeTurnReading;

/**
 * In-chat hints: after a turn, at most one short nudge from the analysis — the thing that matters
 * most right now, such as a concern still open or a question not yet asked.
 */
public final class Hints {

    private Hints() {
    }

    /** The nudge for the conversation as it stands after the buyer's latest reply, if one is due. */
    public static Optional<String> next(ConversationAnalysis analysis) {
        List<TraineeTurnReading> trainee = analysis.traineeTurns();
        if (trainee.isEmpty()) {
            return Optional.of("Start with a question about them: what do they do, and how much do they write?");
        }
        TraineeTurnReading last = trainee.get(trainee.size() - 1);
        Optional<ConcernEpisode> open = analysis.openConcerns().stream().findFirst();
        if (open.isPresent()) {
            return Optional.of("That concern about " + open.get().concern().description() + " is still open: answer it"
                    + " with something specific before you ask.");
        }
        if (last.isRepeat()) {
            return Optional.of("You said that already; say something new that answers them.");
        }
        if (last.has(Act.SUPERLATIVE)) {
            return Optional.of("Back that claim with a fact they can check.");
        }
        if (last.has(Act.PRESSURE)) {
            return Optional.of("Pressure puts buyers off; give them an honest reason to act now instead.");
        }
        boolean askedAny = trainee.stream().anyMatch(t -> t.has(Act.OPEN_QUESTION) || t.has(Act.CLOSED_QUESTION));
        if (!askedAny) {
            return Optional.of("You haven't asked them anything yet: ask what they do and how they write.");
        }
        boolean knowsPen = analysis.facts().stream().anyMatch(f -> f.topic() == Topic.CURRENT_PEN);
        if (!knowsPen && trainee.size() >= 2) {
            return Optional.of("You haven't asked what they use now.");
        }
        boolean tied = trainee.stream().anyMatch(t -> t.has(Act.TIED_BENEFIT));
        if (!tied && analysis.facts().size() >= 2) {
            return Optional.of("Tie the pen to something they told you.");
        }
        boolean asked = trainee.stream().anyMatch(t -> t.has(Act.ASK) || t.has(Act.ASSUMPTIVE_CLOSE));
        if (tied && !asked) {
            return Optional.of("They have a reason to buy now: ask for the sale.");
        }
        return Optional.empty();
    }
}
