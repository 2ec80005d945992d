package net.sellmeapen.buyer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BuyerTurnTest {

    private static final List<String> ANSWER_ONE = List.of("Contracts, mostly.");
    private static final List<String> ANSWER_TWO = List.of("A fineliner.");
    private static final List<String> REACTION = List.of("Useful, maybe.");
    private static final List<String> SETTLED = List.of("Fair enough.");
    private static final List<String> SALE = List.of("I'll take it.");

    @Test
    void a_reply_keeps_its_answers_and_only_its_most_pressing_remarks() {
        Map<List<String>, Integer> ranks = new IdentityHashMap<>(Map.of(SALE, 1, SETTLED, 3, REACTION, 5));
        List<List<String>> alone = new ArrayList<>(List.of(REACTION, SETTLED, SALE));
        BuyerTurn.keepFew(alone, ranks);
        assertThat(alone).containsExactly(SETTLED, SALE);

        List<List<String>> answered = new ArrayList<>(List.of(SETTLED, ANSWER_ONE, SALE));
        BuyerTurn.keepFew(answered, ranks);
        assertThat(answered).containsExactly(SETTLED, ANSWER_ONE, SALE);

        // two answers leave room for one remark, the most pressing; answers are never cut
        List<List<String>> busy = new ArrayList<>(List.of(REACTION, ANSWER_ONE, ANSWER_TWO, SETTLED, SALE));
        BuyerTurn.keepFew(busy, ranks);
        assertThat(busy).containsExactly(ANSWER_ONE, ANSWER_TWO, SALE);
    }
}
