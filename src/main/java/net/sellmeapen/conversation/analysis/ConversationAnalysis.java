package net.sellmeapen.conversation.analysis;

import java.util.List;
import java.util.Optional;
import net.sellmeapen.conversation.Turn;

/**
 * What a conversation does, turn by turn: each trainee sentence's acts, each buyer turn's concerns,
 * facts and signals, and every concern from when it was raised to whether it was answered. The
 * scripted buyer listens through it and the rubric scores from it, so both judge the same things.
 */
public record ConversationAnalysis(List<Turn> turns, List<TurnReading> readings, List<BuyerFact> facts,
        List<ConcernEpisode> concerns) {

    public List<TraineeTurnReading> traineeTurns() {
        return readings.stream().filter(TraineeTurnReading.class::isInstance).map(TraineeTurnReading.class::cast)
                .toList();
    }

    public List<BuyerTurnReading> buyerTurns() {
        return readings.stream().filter(BuyerTurnReading.class::isInstance).map(BuyerTurnReading.class::cast)
                .toList();
    }

    /** Concerns raised and not answered with substance. */
    public List<ConcernEpisode> openConcerns() {
        return concerns.stream().filter(ConcernEpisode::isOpen).toList();
    }

    /** The trainee's last turn, if the trainee spoke. */
    public Optional<TraineeTurnReading> lastTraineeTurn() {
        List<TraineeTurnReading> trainee = traineeTurns();
        return trainee.isEmpty() ? Optional.empty() : Optional.of(trainee.get(trainee.size() - 1));
    }

    /** Index of the first trainee turn that pitches (a feature, benefit or claim), or -1. */
    public int firstPitchTurn() {
        return traineeTurns().stream()
                .filter(turn -> turn.has(Act.FEATURE) || turn.has(Act.BENEFIT) || turn.has(Act.SUPERLATIVE)
                        || turn.has(Act.TIED_BENEFIT))
                .mapToInt(TraineeTurnReading::index).findFirst().orElse(-1);
    }

    /** True when the buyer agreed to buy and did not take it back in a later turn. */
    public boolean buyerAgreed() {
        boolean agreed = false;
        for (BuyerTurnReading turn : buyerTurns()) {
            if (turn.signals().contains(Signal.AGREEMENT)) {
                agreed = true;
            } else if (turn.signals().contains(Signal.REFUSAL)) {
                agreed = false;
            }
        }
        return agreed;
    }

    /** The reading of the turn at this index. */
    public TurnReading reading(int index) {
        return readings.get(index);
    }
}
