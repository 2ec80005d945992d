package net.sellmeapen.conversation;

/** Who said a turn. */
public enum Speaker {
    TRAINEE,
    BUYER
}
