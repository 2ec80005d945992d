package net.sellmeapen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigTest {

    @Test
    void defaults_work_with_an_empty_environment() {
        Config config = Config.fromEnvironment(Map.of());
        assertThat(config.appPort()).isEqualTo(3000);
        assertThat(config.adminPort()).isEqualTo(3001);
        assertThat(config.basePath()).isEqualTo("/SellMeAPenExt");
        assertThat(config.databaseUrl()).isEqualTo("jdbc:sqlite:data/sellmeapen.db");
        assertThat(config.adminToken()).isEmpty();
        assertThat(config.openAiApiKey()).isEmpty();
        assertThat(config.openAiBaseUrl().toString()).isEqualTo("https://api.openai.com/v1");
        assertThat(config.realtimeVoice()).isEqualTo("alloy");
    }

    @Test
    void a_bad_value_names_the_variable() {
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of("APP_PORT", "eighty")))
                .hasMessage("APP_PORT must be a port number from 0 to 65535, got 'eighty'");
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of("ADMIN_PORT", "70000")))
                .hasMessageStartingWith("ADMIN_PORT must be a port number");
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of("APP_PORT", "4000", "ADMIN_PORT", "4000")))
                .hasMessageStartingWith("APP_PORT and ADMIN_PORT must differ");
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of("BASE_PATH", "no-slash")))
                .hasMessageStartingWith("BASE_PATH must look like /SellMeAPenExt");
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of("DATABASE_URL", "jdbc:postgresql://x/db")))
                .hasMessageStartingWith("DATABASE_URL must be a SQLite JDBC URL");
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of("DATABASE_URL", "jdbc:sqlite::memory:")))
                .hasMessageStartingWith("DATABASE_URL must name a file");
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of("OPENAI_BASE_URL", "localhost:11434")))
                .hasMessageStartingWith("OPENAI_BASE_URL must be an absolute http or https URL");
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of("REALTIME_URL", "https://api.openai.com")))
                .hasMessageStartingWith("REALTIME_URL must be an absolute ws or wss URL");
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of("EVAL_MODEL", "gpt 4; drop")))
                .hasMessageStartingWith("EVAL_MODEL must be a model name");
    }

    @Test
    void base_path_accepts_root_and_a_trailing_slash() {
        assertThat(Config.fromEnvironment(Map.of("BASE_PATH", "/")).basePath()).isEmpty();
        assertThat(Config.fromEnvironment(Map.of("BASE_PATH", "/pen/")).basePath()).isEqualTo("/pen");
    }

    @Test
    void secrets_never_appear_in_to_string() {
        Config config = Config.fromEnvironment(Map.of("OPENAI_API_KEY", "sk-secret-123",
                "ADMIN_TOKEN", "admin-secret-0123456789"));
        assertThat(config.toString()).doesNotContain("sk-secret-123").doesNotContain("admin-secret")
                .contains("openAiApiKey=set");
    }
}
