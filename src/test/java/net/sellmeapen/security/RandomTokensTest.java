package net.sellmeapen.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RandomTokensTest {

    @Test
    void ids_are_unique_url_safe_and_never_start_like_a_spreadsheet_formula() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 5_000; i++) {
            ids.add(RandomTokens.newId());
        }
        assertThat(ids).hasSize(5_000).allSatisfy(id -> assertThat(id).hasSize(22).matches("[A-Za-z0-9][A-Za-z0-9_-]{21}"));
    }

    @Test
    void secrets_carry_256_bits_url_safe() {
        assertThat(RandomTokens.newSecret()).hasSize(43).matches("[A-Za-z0-9_-]+");
    }
}
