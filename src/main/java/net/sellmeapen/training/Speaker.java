package net.sellmeapen.training;

/** Who said a turn. */
public enum Speaker {
    TRAINEE,
    BUYER
}
