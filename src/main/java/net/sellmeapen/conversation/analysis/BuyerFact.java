package net.sellmeapen.conversation.analysis;

import java.util.Set;

/**
 * Something the buyer told the trainee in answer to a question ("I'm a paralegal", "they smudge").
 *
 * @param turn index of the buyer's turn in the conversation
 * @param topic what the question was about
 * @param needs ids of the product's needs the fact reveals (e.g. {@code smudging})
 * @param words the fact's own content words (stemmed) that the trainee had not used before it
 */
public record BuyerFact(int turn, Topic topic, String text, Set<String> needs, Set<String> words) {
}
