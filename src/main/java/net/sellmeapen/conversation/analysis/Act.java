package net.sellmeapen.conversation.analysis;

/** What one sentence of the trainee does in the conversation. A sentence can do several things. */
public enum Act {
    /** A question about the buyer that they must answer in their own words (what, how, why, tell me). */
    OPEN_QUESTION,
    /** A yes/no or either/or question about the buyer. */
    CLOSED_QUESTION,
    /** Greetings and pleasantries. */
    SMALL_TALK,
    /** Names a feature of the product. */
    FEATURE,
    /** Says what the product does for the buyer. */
    BENEFIT,
    /** A benefit or claim built on something this buyer said. */
    TIED_BENEFIT,
    /** Praise of the product with nothing to back it ("the best pen ever"). */
    SUPERLATIVE,
    /** Something checkable: a number, a product fact, a comparison, the guarantee terms, a demonstration. */
    EVIDENCE,
    /** Acknowledges what the buyer feels or said. */
    EMPATHY,
    /** Answers a concern the buyer raised, with substance. */
    CONCERN_ANSWER,
    /** Checks the buyer's view before asking ("would that help with your filings?"). */
    TRIAL_CLOSE,
    /** Asks for the sale. */
    ASK,
    /** Closes as if the sale were made ("black ink or blue?"). */
    ASSUMPTIVE_CLOSE,
    /** An honest reason to buy now: a real offer, the buyer's own deadline, the cost of waiting. */
    URGENCY,
    /** Pressure, ultimatums or scarcity the product facts do not support. */
    PRESSURE,
    /** Price cuts, freebies or terms the product does not offer: buying the yes instead of earning it. */
    GIVEAWAY,
    /** Insults or contempt, including insults phrased as questions. */
    RUDE,
    /** Nothing to do with the buyer or the product. */
    OFF_TOPIC,
    /** Not in English. */
    NOT_ENGLISH,
    /** No recognisable language at all. */
    NONSENSE
}
