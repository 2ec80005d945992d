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
}
