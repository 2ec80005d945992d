package net.sellmeapen.conversation;

/** Whether the buyer bought the pen. */
public enum Outcome {
    SALE,
    NO_SALE
}
