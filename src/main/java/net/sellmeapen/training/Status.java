package net.sellmeapen.training;

/** Where a training session is in its life. */
public enum Status {
    IN_PROGRESS,
    COMPLETED,
    ABANDONED
}
