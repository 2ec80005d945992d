package net.sellmeapen.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DifficultyTest {

    @Test
    void weighted_score_is_the_total_times_the_multiplier_rounded() {
        assertThat(Difficulty.EASY.weighted(72)).isEqualTo(58);
        assertThat(Difficulty.MEDIUM.weighted(72)).isEqualTo(72);
        assertThat(Difficulty.HARD.weighted(72)).isEqualTo(86);
        assertThat(Difficulty.EXPERT.weighted(55)).isEqualTo(83);
        assertThat(Difficulty.EXPERT.weighted(100)).isEqualTo(150);
        for (Difficulty level : Difficulty.values()) {
            for (int total = 0; total <= 100; total++) {
                assertThat(level.weighted(total)).isEqualTo((int) Math.round(total * level.multiplier()));
            }
        }
    }

    @Test
    void levels_are_found_by_name_in_any_case_and_unknown_ones_are_empty() {
        assertThat(Difficulty.find(" hard ")).contains(Difficulty.HARD);
        assertThat(Difficulty.find("Expert")).contains(Difficulty.EXPERT);
        assertThat(Difficulty.find("INSANE")).isEmpty();
    }
}
