package net.sellmeapen.buyer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpeechTest {

    private static final List<String> WORDINGS = List.of("Zero is said.", "One is said.", "Two is said.",
            "Three is said.", "Four is said.", "Five is said.");

    @Test
    void two_difficulties_sharing_a_voice_lead_with_different_halves_of_each_set_of_wordings() {
        for (long seed = 0; seed < 20; seed++) {
            String even = new Speech(seed, List.of(), Map.of(), 0).add(WORDINGS).text();
            String odd = new Speech(seed, List.of(), Map.of(), 1).add(WORDINGS).text();
            assertThat(WORDINGS.indexOf(even) % 2).isZero();
            assertThat(WORDINGS.indexOf(odd) % 2).isOne();
        }
    }

    @Test
    void the_other_half_is_still_said_once_the_first_is_used_up() {
        List<String> said = List.of("Zero is said.", "Two is said.", "Four is said.");
        String next = new Speech(7, said, Map.of(), 0).add(WORDINGS).text();
        assertThat(next).isIn("One is said.", "Three is said.", "Five is said.");
    }

    @Test
    void short_sets_are_not_split() {
        List<String> two = List.of("Only this.", "Or that one.");
        for (long seed = 0; seed < 20; seed++) {
            assertThat(new Speech(seed, List.of(), Map.of(), 1).add(two).text()).isIn(two);
        }
    }

    @Test
    void two_parts_do_not_both_thank_or_open_on_the_same_acknowledgement_when_another_wording_is_left() {
        List<String> guarantee = List.of("Good to know, thanks.", "Okay, that's reassuring.");
        List<String> offer = List.of("Thanks, I'll keep the offer in mind.", "Okay, noted.", "That's worth knowing.");
        for (long seed = 0; seed < 30; seed++) {
            String reply = new Speech(seed, List.of(), Map.of()).add(guarantee).add(offer).text();
            assertThat(reply).as("seed %d", seed).isIn("Good to know, thanks. Okay, noted.",
                    "Good to know, thanks. That's worth knowing.", "Okay, that's reassuring. That's worth knowing.",
                    "Okay, that's reassuring. Thanks, I'll keep the offer in mind.");
        }
    }

    @Test
    void parts_that_can_only_echo_each_other_are_still_said_rather_than_dropped() {
        String reply = new Speech(3, List.of(), Map.of()).add(List.of("Okay, that helps.")).add(List.of("Okay, and then?"))
                .text();
        assertThat(reply).isEqualTo("Okay, that helps. Okay, and then?");
    }

    @Test
    void a_short_sentence_said_earlier_in_the_session_gives_way_to_another_wording_and_is_said_when_none_is_left() {
        List<String> lead = List.of("Wait, one thing first.", "Hold on, before I say yes.");
        List<String> said = List.of("Wait, one thing first. The price is steep.", "Okay, that helps.");
        for (long seed = 0; seed < 20; seed++) {
            assertThat(new Speech(seed, said, Map.of()).add(lead).text()).as("seed %d", seed)
                    .isEqualTo("Hold on, before I say yes.");
        }
        assertThat(new Speech(1, said, Map.of()).add(List.of("Wait, one thing first.")).text())
                .isEqualTo("Wait, one thing first.");
    }

    @Test
    void two_parts_do_not_both_ask_for_time_to_think_while_another_wording_is_left() {
        List<String> pushed = List.of("Give me a moment to think, please.");
        List<String> still = List.of("I still need to think.", "I still want a bit of time with it.");
        for (long seed = 0; seed < 20; seed++) {
            assertThat(new Speech(seed, List.of(), Map.of()).add(pushed).add(still).text()).as("seed %d", seed)
                    .isEqualTo("Give me a moment to think, please. I still want a bit of time with it.");
        }
    }

    @Test
    void a_later_part_does_not_open_on_a_one_word_sentence_while_another_wording_is_left() {
        List<String> reaction = List.of("I decide when I'm ready.");
        List<String> doubt = List.of("Maybe. The price still bothers me.", "I hear you. $24 is still a lot for a pen.");
        for (long seed = 0; seed < 20; seed++) {
            assertThat(new Speech(seed, List.of(), Map.of()).add(reaction).add(doubt).text()).as("seed %d", seed)
                    .isEqualTo("I decide when I'm ready. I hear you. $24 is still a lot for a pen.");
        }
        // first in the reply, "Maybe." answers what was said
        assertThat(new Speech(2, List.of(), Map.of()).add(List.of("Maybe. The price still bothers me.")).text())
                .isEqualTo("Maybe. The price still bothers me.");
    }

    @Test
    void a_short_sentence_of_the_last_reply_is_not_said_again_while_another_wording_is_left() {
        List<String> prove = List.of("Same promise, different words.", "That's the guarantee again.");
        for (long seed = 0; seed < 20; seed++) {
            String reply = new Speech(seed, List.of("Hm. Same promise, different words."), Map.of()).add(prove).text();
            assertThat(reply).as("seed %d", seed).isEqualTo("That's the guarantee again.");
        }
        // (with no other wording it is still said: one short line again beats saying nothing)
        assertThat(new Speech(1, List.of("Same promise, different words."), Map.of()).add(List.of(
                "Same promise, different words.")).add(List.of("Prove it.")).text())
                .isEqualTo("Same promise, different words. Prove it.");
    }

    @Test
    void two_parts_do_not_open_on_the_same_two_words_while_another_wording_is_left() {
        for (long seed = 0; seed < 20; seed++) {
            String reply = new Speech(seed, List.of(), Map.of()).add(List.of("That still doesn't tell me why."))
                    .add(List.of("That still leaves whether it works.", "I still wonder whether it works.")).text();
            assertThat(reply).as("seed %d", seed).isEqualTo("That still doesn't tell me why. I still wonder whether it works.");
        }
    }
}
