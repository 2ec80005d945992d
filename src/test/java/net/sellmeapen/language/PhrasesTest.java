package net.sellmeapen.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhrasesTest {

    @Test
    void a_star_ends_a_word_wherever_it_stands_in_a_phrase() {
        Phrases stops = Phrases.of("stop* writing", "run* out");
        assertThat(stops.in("the pen just stops writing")).isTrue();
        assertThat(stops.in("it stopped writing halfway")).isTrue();
        assertThat(stops.in("they keep running out")).isTrue();
        assertThat(stops.in("it writes and stops")).isFalse();
        assertThat(Phrases.of("smudg*").in("no smudging at all")).isTrue();
        assertThat(Phrases.of("smudg*").in("a smug look")).isFalse();
    }
}
