package net.sellmeapen.training;

/** Whether the buyer bought the pen. */
public enum Outcome {
    SALE,
    NO_SALE
}
