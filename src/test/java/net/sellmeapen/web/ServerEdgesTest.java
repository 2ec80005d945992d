package net.sellmeapen.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import net.sellmeapen.TestApp;
import net.sellmeapen.TestApp.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** What a newcomer meets first: the site root, paths outside the base path, and a port already taken. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ServerEdgesTest {

    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static Reply get(URI uri) {
        return app.send(HttpRequest.newBuilder(uri).GET());
    }

    private static URI root(URI withBase, String path) {
        return URI.create("http://" + withBase.getAuthority() + path);
    }

    @Test
    void the_site_root_redirects_to_the_base_path_on_both_servers() {
        Reply trainee = get(root(app.application().traineeUri(), "/"));
        assertThat(trainee.status()).isEqualTo(302);
        assertThat(trainee.raw().headers().firstValue("Location").orElseThrow()).endsWith("/SellMeAPenExt/");
        Reply admin = get(root(app.application().adminUri(), "/"));
        assertThat(admin.status()).isEqualTo(302);
        assertThat(admin.raw().headers().firstValue("Location").orElseThrow()).endsWith("/SellMeAPenExt/admin");
    }

    @Test
    void a_path_outside_the_base_path_gets_a_json_404_that_says_where_to_go() {
        Reply reply = get(root(app.application().traineeUri(), "/api/users"));
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().path("success").asBoolean()).isFalse();
        assertThat(reply.error()).isEqualTo("nothing here: Sell Me A Pen is at /SellMeAPenExt/");
    }

    @Test
    void a_port_in_use_is_named_with_its_variable() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            assertThatThrownBy(() -> TestApp.start(Map.of("APP_PORT", Integer.toString(taken.getLocalPort()))))
                    .hasMessage("port " + taken.getLocalPort() + " (APP_PORT) is already in use: stop the program"
                            + " using it, or set APP_PORT to a free port");
        }
    }
}
