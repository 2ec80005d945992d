package net.sellmeapen.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.sellmeapen.web.ApiException;
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
    void unknown_levels_are_refused_with_the_allowed_ones() {
        assertThat(Difficulty.parse("hard")).isEqualTo(Difficulty.HARD);
        assertThatThrownBy(() -> Difficulty.parse("INSANE"))
                .isInstanceOf(ApiException.class)
                .hasMessage("unknown difficultyLevel 'INSANE'; use one of EASY, MEDIUM, HARD, EXPERT");
    }
}
