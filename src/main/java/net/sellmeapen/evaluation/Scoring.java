package net.sellmeapen.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import net.sellmeapen.conversation.analysis.Act;
import net.sellmeapen.conversation.analysis.ConversationAnalysis;
import net.sellmeapen.conversation.analysis.SentenceReading;
import net.sellmeapen.conversation.analysis.TraineeTurnReading;

/** An attempt with its analysis, and the views of it the five rules share. */
final class Scoring {

    /** One sentence the trainee said, where it was said. */
    record Said(int index, int seq, SentenceReading sentence, TraineeTurnReading turn) {
        boolean has(Act act) {
            return sentence.has(act);
        }

        boolean fresh() {
            return !sentence.repeats() && !turn.isRepeat();
        }
    }

    private final Attempt attempt;
    private final ConversationAnalysis analysis;
    private final List<Said> said = new ArrayList<>();

    Scoring(Attempt attempt, ConversationAnalysis analysis) {
        this.attempt = attempt;
        this.analysis = analysis;
        for (TraineeTurnReading turn : analysis.traineeTurns()) {
            for (SentenceReading sentence : turn.sentences()) {
                said.add(new Said(turn.index(), seq(turn.index()), sentence, turn));
            }
        }
    }

    Attempt attempt() {
        return attempt;
    }

    ConversationAnalysis analysis() {
        return analysis;
    }

    /** Every trainee sentence in order. */
    List<Said> said() {
        return said;
    }

    /** The trainee sentences that do this, said for the first time. */
    List<Said> fresh(Act act) {
        return said.stream().filter(s -> s.has(act) && s.fresh()).toList();
    }

    List<Said> where(Predicate<Said> test) {
        return said.stream().filter(test).toList();
    }

    /** The turn's number in the conversation, from 1. */
    int seq(int index) {
        return analysis.turns().get(index).seq();
    }

    int traineeTurnCount() {
        return analysis.traineeTurns().size();
    }

    /** Index of the first turn that pitches, or the end of the conversation when none does. */
    int firstPitch() {
        int first = analysis.firstPitchTurn();
        return first < 0 ? Integer.MAX_VALUE : first;
    }
}
