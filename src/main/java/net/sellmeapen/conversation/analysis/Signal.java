package net.sellmeapen.conversation.analysis;

/** How a buyer's turn leans. */
public enum Signal {
    INTEREST,
    DOUBT,
    AGREEMENT,
    REFUSAL
}
