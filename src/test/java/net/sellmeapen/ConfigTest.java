package net.sellmeapen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

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

    /** A variable, a bad value for it, and how the one-line message starts. */
    static Stream<Arguments> badValues() {
        return Stream.of(
                Arguments.of(Map.of("APP_PORT", "eighty"), "APP_PORT must be a port number from 0 to 65535, got 'eighty'"),
                Arguments.of(Map.of("ADMIN_PORT", "70000"), "ADMIN_PORT must be a port number"),
                Arguments.of(Map.of("APP_PORT", "4000", "ADMIN_PORT", "4000"), "APP_PORT and ADMIN_PORT must differ"),
                Arguments.of(Map.of("BASE_PATH", "no-slash"), "BASE_PATH must look like /SellMeAPenExt"),
                Arguments.of(Map.of("DATABASE_URL", "jdbc:mysql://x/db"), "DATABASE_URL must be a SQLite JDBC URL"),
                Arguments.of(Map.of("DATABASE_URL", "jdbc:postgresql://x/db"), "with PostgreSQL (which several"),
                Arguments.of(Map.of("DATABASE_URL", "jdbc:sqlite::memory:"), "DATABASE_URL must name a file"),
                Arguments.of(Map.of("OPENAI_BASE_URL", "localhost:11434"),
                        "OPENAI_BASE_URL must be an absolute http or https URL"),
                Arguments.of(Map.of("REALTIME_URL", "https://api.openai.com"),
                        "REALTIME_URL must be an absolute ws or wss URL"),
                Arguments.of(Map.of("EVAL_MODEL", "gpt 4; drop"), "EVAL_MODEL must be a model name"),
                Arguments.of(Map.of("EVALUATOR", "magic"), "EVALUATOR must be one of auto, rubric, llm, got 'magic'"),
                Arguments.of(Map.of("BUYER", "robot"), "BUYER must be one of auto, scripted, llm, got 'robot'"),
                Arguments.of(Map.of("VOICE_MAX_SESSIONS", "0"), "VOICE_MAX_SESSIONS must be a whole number from 1"),
                Arguments.of(Map.of("ALLOWED_ORIGINS", "example.com"), "ALLOWED_ORIGINS must be a comma-separated"),
                Arguments.of(Map.of("ADMIN_TOKEN", "too-short"), "ADMIN_TOKEN must be at least 16 characters"));
    }

    @ParameterizedTest
    @MethodSource("badValues")
    void a_bad_value_names_the_variable(Map<String, String> env, String messageStart) {
        assertThatThrownBy(() -> Config.fromEnvironment(env))
                .isInstanceOf(Config.InvalidConfigException.class)
                .hasMessageStartingWith(messageStart);
    }

    @ParameterizedTest
    @CsvSource({"auto, AUTO, AUTO", "RUBRIC, RUBRIC, AUTO", "Llm, LLM, LLM"})
    void engine_choices_are_read_in_any_case(String value, Config.EvaluatorChoice evaluator, String buyer) {
        String buyerValue = buyer.equals("AUTO") ? "auto" : buyer.toLowerCase(java.util.Locale.ROOT);
        Config config = Config.fromEnvironment(Map.of("EVALUATOR", value, "BUYER", buyerValue));
        assertThat(config.evaluator()).isEqualTo(evaluator);
        assertThat(config.buyer()).isEqualTo(Config.BuyerChoice.valueOf(buyer));
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

    @Test
    void database_credentials_never_show_in_the_configuration_or_its_errors() {
        Config config = Config.fromEnvironment(Map.of("DATABASE_URL",
                "jdbc:postgresql://sam:pg-secret-1@db:5432/sellmeapen?password=pg-secret-2&ssl=true",
                "DATABASE_PASSWORD", "pg-secret-3", "ADMIN_TOKEN", "admin-secret-0123456789"));
        assertThat(config.toString()).doesNotContain("pg-secret").doesNotContain("sam:")
                .contains("databaseUrl=jdbc:postgresql://db:5432/sellmeapen?password=***&ssl=***")
                .contains("databasePassword=set");
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of("DATABASE_URL", "jdbc:mysql://u:my-secret@x/db")))
                .hasMessageContaining("jdbc:mysql://x/db").hasMessageNotContaining("my-secret");
    }
}
