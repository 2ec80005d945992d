package net.sellmeapen.training;

/** A whole practice session, or a short drill of one skill (never ranked). */
public enum SessionKind {
    PRACTICE,
    DRILL
}
