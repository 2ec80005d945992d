package net.sellmeapen.simulation.trainees;

import java.util.List;

/** What a trainee made of one buyer line: a decision, an objection, a question, or just talk. */
record BuyerLine(String raw, String normalized, List<String> sentences, String question, boolean opening,
        Decision decision, boolean clarifying, Objection objection, Ask ask, boolean positive, boolean negative,
        boolean hedging, String approver) {

    /** Whether the buyer has made up their mind. */
    enum Decision { NONE, BOUGHT, REFUSED }

    /** The kinds of objection a buyer raises. */
    enum Objection { PRICE, HAS_PEN, NO_NEED, DOUBT, TIMING, CHEAPER, NOT_INTERESTED, THINK, APPROVAL }

    /** The kinds of question a buyer asks the trainee. */
    enum Ask { PRICE, SPECIAL, GUARANTEE, LASTS, OFFER, WHAT, WHY, OTHER }

    /** A clear yes-ish line, not a maybe. */
    boolean warm() {
        return positive && !negative && !hedging;
    }
}
