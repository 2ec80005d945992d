package net.sellmeapen.buyer;

import java.util.List;
import net.sellmeapen.conversation.Difficulty;

/**
 * How a buyer at one difficulty behaves: where interest starts and must reach for a sale, how
 * many unproductive messages they tolerate, which objections they raise and how often.
 *
 * @param startInterest interest (0–100) before the trainee says anything
 * @param buyAt interest needed to buy when asked
 * @param patience unproductive messages tolerated before walking away
 * @param maxCloses close attempts before a final no
 * @param objections what they push back with, in order
 * @param objectionGap trainee messages between two objections once the pitch has started
 * @param maxQuestions discovery questions answered before they get impatient
 * @param tough whether they speak in the tougher voice
 * @param interrupts whether long messages are cut off (and cost patience)
 */
record Temperament(int startInterest, int buyAt, int patience, int maxCloses, List<Objection> objections,
        int objectionGap, int maxQuestions, boolean tough, boolean interrupts) {

    static Temperament of(Difficulty difficulty) {
        return switch (difficulty) {
            case EASY -> new Temperament(40, 45, 30, 4, List.of(Objection.ALREADY_HAVE), 1, 10, false, false);
            case MEDIUM -> new Temperament(25, 60, 16, 3,
                    List.of(Objection.PRICE, Objection.ALREADY_HAVE, Objection.THINK_ABOUT_IT), 2, 7, false, false);
            case HARD -> new Temperament(15, 75, 12, 3,
                    List.of(Objection.PRICE, Objection.NO_NEED, Objection.TIMING, Objection.ALTERNATIVE), 1, 6,
                    true, false);
            case EXPERT -> new Temperament(5, 85, 7, 2,
                    List.of(Objection.PRICE, Objection.ALTERNATIVE, Objection.PRICE_AGAIN, Objection.NOT_INTERESTED),
                    1, 4, true, true);
        };
    }
}
