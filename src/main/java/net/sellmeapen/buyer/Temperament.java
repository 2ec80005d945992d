package net.sellmeapen.buyer;

import java.util.List;
import net.sellmeapen.conversation.Category;
import net.sellmeapen.conversation.Difficulty;
import net.sellmeapen.conversation.analysis.Concern;

/**
 * How a buyer at one difficulty behaves.
 *
 * @param startInterest interest (0–100) before the trainee says anything
 * @param buyAt interest needed to buy when asked
 * @param patience unproductive turns tolerated before walking away
 * @param maxAsks asks for the sale tolerated before a final no
 * @param agenda the concerns they raise, in order (price first for a price-focused buyer)
 * @param concernsBeforeSale how many agenda concerns they raise, at the latest when asked, before buying
 * @param concernGap trainee turns of pitch between two concerns they raise unprompted
 * @param maxQuestions discovery questions answered before they grow impatient
 * @param rudeTolerance insults tolerated; one more and they walk out
 * @param longMessageWords longer messages are cut off and not listened to (0: never)
 * @param tough whether they speak in the tougher voice
 * @param questionsToBuy questions about themselves they need to have been asked before they buy
 * @param tiesToBuy benefits built on what they said they need to have heard before they buy
 */
record Temperament(int startInterest, int buyAt, int patience, int maxAsks, List<Concern> agenda,
        int concernsBeforeSale, int concernGap, int maxQuestions, int rudeTolerance, int longMessageWords,
        boolean tough, int questionsToBuy, int tiesToBuy) {

    /**
     * The buyer of a drill: the same difficulty, set up so the skill is needed at once — ready and
     * waiting to be asked for a closing drill, an open price concern for an objection drill, a
     * question of timing for an urgency drill — and quick to decide.
     */
    Temperament forDrill(Category skill) {
        List<Concern> first = agenda.isEmpty() ? List.of() : List.of(agenda.get(0));
        return switch (skill) {
            case CLOSING_TECHNIQUE -> new Temperament(buyAt + 10, buyAt, patience, maxAsks, List.of(), 0, concernGap,
                    maxQuestions, rudeTolerance, longMessageWords, tough, questionsToBuy, tiesToBuy);
            case OBJECTION_HANDLING -> new Temperament(startInterest + 10, buyAt, patience, maxAsks,
                    agenda.contains(Concern.PRICE) ? agenda.subList(0, Math.min(2, agenda.size()))
                            : List.of(Concern.PRICE, Concern.ALREADY_HAS), 2, 1, maxQuestions, rudeTolerance,
                    longMessageWords, tough, questionsToBuy, tiesToBuy);
            case URGENCY_CREATION -> new Temperament(startInterest + 20, buyAt, patience, maxAsks,
                    List.of(Concern.TIMING), 1, concernGap, maxQuestions, rudeTolerance, longMessageWords, tough,
                    questionsToBuy, tiesToBuy);
            case VALUE_PROPOSITION -> new Temperament(startInterest, buyAt, patience, maxAsks, first, first.size(),
                    2, maxQuestions, rudeTolerance, longMessageWords, tough, questionsToBuy, tiesToBuy);
            case NEEDS_DISCOVERY -> new Temperament(startInterest, buyAt, patience, maxAsks, first, first.size(),
                    2, maxQuestions + 2, rudeTolerance, longMessageWords, tough, questionsToBuy, tiesToBuy);
        };
    }

    /** The hostile buyer (`EXPERT`): it pushes back on a price answer even after saying it heard an earlier one. */
    boolean hostile() {
        return tough && tiesToBuy >= 2;
    }

    /**
     * Hard-sell moves (empty superlatives, pressure, price cuts nobody asked for, rudeness) after
     * which the buyer will not buy however the rest went: none counts at the receptive level, three at
     * {@code MEDIUM}, two for a tough buyer (a seller who pushes twice at {@code HARD} has lost it).
     */
    int hardSellLimit() {
        return questionsToBuy == 0 ? Integer.MAX_VALUE : tough ? 2 : 3;
    }

    static Temperament of(Difficulty difficulty) {
        return switch (difficulty) {
            case EASY -> new Temperament(40, 50, 12, 5, List.of(Concern.ALREADY_HAS), 0, 3, 10, 1, 0, false, 0, 0);
            case MEDIUM -> new Temperament(25, 60, 9, 4,
                    List.of(Concern.PRICE, Concern.ALREADY_HAS, Concern.THINK_IT_OVER), 2, 2, 8, 1, 0, false, 2, 1);
            case HARD -> new Temperament(15, 70, 7, 4,
                    List.of(Concern.PRICE, Concern.TRUST, Concern.TIMING, Concern.ALTERNATIVE), 3, 1, 7, 0, 0, true, 3, 1);
            case EXPERT -> new Temperament(5, 75, 5, 3,
                    List.of(Concern.PRICE, Concern.ALTERNATIVE, Concern.TRUST, Concern.NOT_INTERESTED), 3, 1, 6, 0,
                    90, true, 3, 2);
        };
    }
}
