package net.sellmeapen.training;

/** How the trainee talks to the buyer. */
public enum Mode {
    TEXT,
    VOICE
}
