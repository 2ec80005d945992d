package net.sellmeapen.conversation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How hard the buyer is to sell to, and how much a score at that level is worth. */
public enum Difficulty {
    EASY("Easy", "Receptive: warms up quickly and asks helpful questions.", 8),
    MEDIUM("Medium", "Neutral: listens, but raises a few objections.", 10),
    HARD("Hard", "Skeptical: raises several objections and buys only for clearly good selling.", 12),
    EXPERT("Expert", "Hostile and price-focused: impatient, interrupts, and walks away when bored.", 15);

    private final String label;
    private final String buyerBehavior;
    private final int multiplierTenths;

    Difficulty(String label, String buyerBehavior, int multiplierTenths) {
        this.label = label;
        this.buyerBehavior = buyerBehavior;
        this.multiplierTenths = multiplierTenths;
    }

    public String label() {
        return label;
    }

    public String buyerBehavior() {
        return buyerBehavior;
    }

    public double multiplier() {
        return multiplierTenths / 10.0;
    }

    /** {@code round(totalScore × multiplier)}, computed exactly in tenths so halves always round up. */
    public int weighted(int totalScore) {
        return (totalScore * multiplierTenths + 5) / 10;
    }

    /** The level named by the text, in any case; empty when there is no such level. */
    public static Optional<Difficulty> find(String text) {
        String wanted = text.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(level -> level.name().equals(wanted)).findFirst();
    }
}
