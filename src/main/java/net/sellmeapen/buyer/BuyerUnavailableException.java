package net.sellmeapen.buyer;

/** The buyer could not answer this time (an LLM buyer's endpoint failed); the reason is short and safe to show. */
public final class BuyerUnavailableException extends RuntimeException {
    public BuyerUnavailableException(String reason) {
        super(reason, null, false, false);
    }
}
