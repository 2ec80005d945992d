package net.sellmeapen.buyer;

import net.sellmeapen.conversation.Outcome;

/** What the buyer says back, and their decision when this reply makes one (otherwise null). */
public record BuyerReply(String text, Outcome decision) {
}
