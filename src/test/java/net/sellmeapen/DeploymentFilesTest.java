package net.sellmeapen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * No Docker engine runs here, so the Dockerfile and the compose file are checked against the
 * configuration they must agree with: ports, base path, health path, user, volume; and the compose
 * file must fill every placeholder of scripts/nginx.conf.
 */
class DeploymentFilesTest {

    private static final Config DEFAULTS = Config.fromEnvironment(Map.of());

    private static String read(String file) throws IOException {
        return Files.readString(Path.of(file));
    }

    /** The instructions of the Dockerfile's last stage, continuation lines joined. */
    private static List<String> runtimeStage() throws IOException {
        String joined = read("Dockerfile").replaceAll("\\\\\\n\\s*", " ");
        List<String> lines = joined.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
        int lastFrom = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("FROM ")) {
                lastFrom = i;
            }
        }
        return lines.subList(lastFrom, lines.size());
    }

    private static String instruction(List<String> stage, String name) {
        return stage.stream().filter(line -> line.startsWith(name + " ")).reduce((first, second) -> second)
                .orElseThrow(() -> new AssertionError("no " + name + " in the runtime stage"));
    }

    @Test
    void the_image_builds_on_a_jdk_and_runs_on_a_jre_of_the_same_temurin() throws IOException {
        List<String> froms = read("Dockerfile").lines().filter(line -> line.startsWith("FROM ")).toList();
        assertThat(froms).hasSize(2);
        assertThat(froms.get(0)).contains("eclipse-temurin-25").endsWith("AS build");
        assertThat(froms.get(1)).isEqualTo("FROM eclipse-temurin:25-jre");
        assertThat(instruction(runtimeStage(), "ENTRYPOINT")).contains("\"-jar\"").contains("sellmeapen.jar")
                .as("starts from the cache the warm-up recorded").contains("-XX:AOTCache=/app/sellmeapen.aot");
        assertThat(instruction(runtimeStage(), "RUN")).as("the image records its start-up cache")
                .contains("-XX:AOTCacheOutput=/app/sellmeapen.aot").contains("--warm-up");
    }

    @Test
    void the_runtime_exposes_the_default_ports_runs_as_a_user_and_checks_readiness() throws IOException {
        List<String> stage = runtimeStage();
        assertThat(instruction(stage, "EXPOSE").split("\\s+")).containsExactly("EXPOSE",
                Integer.toString(DEFAULTS.appPort()), Integer.toString(DEFAULTS.adminPort()));
        String user = instruction(stage, "USER").substring("USER ".length()).strip();
        assertThat(user).isNotIn("root", "0").isNotBlank();
        assertThat(stage).anyMatch(line -> line.startsWith("RUN ") && line.contains("useradd") && line.contains(user));
        assertThat(instruction(stage, "HEALTHCHECK")).contains("http://127.0.0.1:" + DEFAULTS.appPort()
                + DEFAULTS.basePath() + "/health/ready");
        String env = instruction(stage, "ENV");
        assertThat(env).contains("APP_PORT=" + DEFAULTS.appPort()).contains("ADMIN_PORT=" + DEFAULTS.adminPort())
                .contains("BASE_PATH=" + DEFAULTS.basePath()).contains("DATABASE_URL=jdbc:sqlite:/data/");
        assertThat(instruction(stage, "VOLUME")).isEqualTo("VOLUME /data");
        assertThat(read("Dockerfile")).doesNotContainPattern("(?i)(ADMIN_TOKEN|OPENAI_API_KEY)=\\S");
    }

    @Test
    void compose_runs_nginx_on_8081_with_every_placeholder_of_the_nginx_config_filled() throws IOException {
        String nginx = read("scripts/nginx.conf");
        Set<String> placeholders = new LinkedHashSet<>();
        Matcher placeholder = Pattern.compile("\\$\\{([A-Z_]+)}").matcher(nginx);
        while (placeholder.find()) {
            placeholders.add(placeholder.group(1));
        }
        assertThat(placeholders).containsExactlyInAnyOrder("NGINX_PORT", "APP_UPSTREAM", "ADMIN_UPSTREAM",
                "NGINX_RUN_DIR");
        String compose = read("scripts/docker-compose.yml");
        for (String name : placeholders) {
            assertThat(compose).as(name).contains(name + ":").contains("$$" + name);
        }
        assertThat(compose).contains("NGINX_PORT: \"8081\"").contains("\"8081:8081\"")
                .contains("APP_UPSTREAM: \"127.0.0.1:" + DEFAULTS.appPort() + "\"")
                .contains("ADMIN_UPSTREAM: \"127.0.0.1:" + DEFAULTS.adminPort() + "\"")
                .contains("./nginx.conf:/etc/nginx/sellmeapen.conf.template:ro");
        assertThat(nginx).contains("location " + DEFAULTS.basePath() + "/ws/").contains("location "
                + DEFAULTS.basePath() + "/admin").contains("client_max_body_size 256k;");
        assertThat(nginx.toLowerCase()).doesNotContain("token=").doesNotContain("x-admin-token");
    }

    @Test
    void the_scaling_out_compose_file_runs_two_apps_on_postgresql_behind_one_nginx() throws IOException {
        String compose = read("scripts/docker-compose.postgres.yml");
        for (String name : List.of("NGINX_PORT", "APP_UPSTREAM", "ADMIN_UPSTREAM", "NGINX_RUN_DIR")) {
            assertThat(compose).as(name).contains(name + ":").contains("$$" + name);
        }
        assertThat(compose).contains("APP_UPSTREAM: \"app1:" + DEFAULTS.appPort() + "; server app2:"
                + DEFAULTS.appPort() + "\"").contains("ADMIN_UPSTREAM: \"app1:" + DEFAULTS.adminPort()
                + "; server app2:" + DEFAULTS.adminPort() + "\"");
        assertThat(compose).contains("DATABASE_URL: jdbc:postgresql://db:5432/sellmeapen")
                .contains("DATABASE_USER:").contains("DATABASE_PASSWORD: ${POSTGRES_PASSWORD")
                .contains("ADMIN_TOKEN: ${ADMIN_TOKEN:?").contains("image: postgres:15")
                .contains("TRUSTED_PROXIES: 172.28.0.0/16").contains("subnet: 172.28.0.0/16");
        assertThat(compose).doesNotContainPattern("(?i)password: [a-z0-9]{8,}"); // no secret written in
    }
}
