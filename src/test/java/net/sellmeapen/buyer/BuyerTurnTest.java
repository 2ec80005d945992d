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

    @Test
    void a_choice_is_answered_in_the_buyers_own_words_or_not_echoed() {
        assertThat(BuyerTurn.ownWords("would you like it engraved with your own name", true)).isEqualTo("My own name");
        assertThat(BuyerTurn.ownWords("the agency's", false)).isEqualTo("The agency's");
        assertThat(BuyerTurn.ownWords("card", true)).isEqualTo("Card");
        assertThat(BuyerTurn.ownWords("initials", false)).isEqualTo("Initials");
        // what the buyer cannot say as its own is left to "the second"
        assertThat(BuyerTurn.ownWords("do you want me to wrap it for you", false)).isNull();
        assertThat(BuyerTurn.ownWords("whatever you think is best", false)).isNull();
    }

    @Test
    void a_push_back_after_an_answer_drops_the_reaction_it_opens_on() {
        assertThat(BuyerTurn.doubtOnly(List.of("That's one way to look at it. Is it worth it, though?",
                "Is a pen really worth that?"))).containsExactly("Is it worth it, though?", "Is a pen really worth that?");
    }

    @Test
    void a_figure_of_how_often_needs_a_unit_of_time_not_just_every() {
        assertThat(BuyerTurn.FREQUENCY.matcher("on placement i chart observations every four hours").find()).isTrue();
        assertThat(BuyerTurn.FREQUENCY.matcher("i go through a fineliner every two or three weeks.").find()).isTrue();
        assertThat(BuyerTurn.FREQUENCY.matcher("marking essays every evening").find()).isTrue();
        assertThat(BuyerTurn.FREQUENCY.matcher("on the day i carry a clipboard and note every timing and seating change.")
                .find()).isFalse();
        assertThat(BuyerTurn.FREQUENCY.matcher("notes in every interview, fast, standing up.").find()).isFalse();
    }

    @Test
    void a_doubt_after_a_concession_turns_on_still() {
        assertThat(BuyerTurn.still("I could get a pack of ten online for the price of this one."))
                .isEqualTo("Still, I could get a pack of ten online for the price of this one.");
        assertThat(BuyerTurn.still("Any pen from the supermarket does the same job."))
                .isEqualTo("Still, any pen from the supermarket does the same job.");
        assertThat(BuyerTurn.still("$24 is a lot for a pen.")).isEqualTo("Still, $24 is a lot for a pen.");
        assertThat(BuyerTurn.still("But why now?")).isEqualTo("But why now?");
    }
}
