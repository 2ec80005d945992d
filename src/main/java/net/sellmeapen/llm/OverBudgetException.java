package net.sellmeapen.llm;

import java.time.Duration;
import net.sellmeapen.errors.LimitReachedException;

/** The trainee made as many model-backed requests this minute as the budget allows. */
public final class OverBudgetException extends LimitReachedException {

    public OverBudgetException(int perMinute) {
        super("Slow down: at most " + perMinute + " AI-backed requests per minute. Nothing was lost; try again in"
                + " a minute.", Duration.ofMinutes(1));
    }
}
