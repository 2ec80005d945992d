package net.sellmeapen.evaluation;

/**
 * The trainee's own words behind a score: which turn, what they said, and whether it earned or cost
 * points (and how many).
 *
 * @param turn the turn's number in the conversation (its {@code seq}, from 1)
 * @param mark {@code earned} or {@code cost}
 * @param points points earned (positive) or lost (negative); 0 when noted without points
 */
public record Evidence(int turn, String quote, String mark, int points) {

    /** Longest quote kept, in characters. */
    static final int MAX_QUOTE = 200;

    public static final String EARNED = "earned";
    public static final String COST = "cost";

    public Evidence {
        quote = quote.length() <= MAX_QUOTE ? quote : quote.substring(0, MAX_QUOTE - 1) + "…";
    }
}
