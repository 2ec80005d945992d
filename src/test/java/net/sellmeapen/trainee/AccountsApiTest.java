package net.sellmeapen.trainee;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import net.sellmeapen.LogCapture;
import net.sellmeapen.TestApp;
import net.sellmeapen.TestApp.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Accounts over HTTP: register with a password, sign in from elsewhere, sign out one device, change
 * a password, the rate limit, and no password or hash anywhere it could leak. One server for the
 * class; each test is its own client (its own forwarded address, as nginx would send) and trainee.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class AccountsApiTest {

    private static final String PASSWORD = "correct horse battery";
    private static final AtomicInteger CLIENTS = new AtomicInteger();
    private static TestApp app;
    private static LogCapture logs;

    @BeforeAll
    static void start() {
        logs = new LogCapture();
        app = TestApp.start();
    }

    @AfterAll
    static void stop() {
        app.close();
        logs.close();
    }

    /** A request from a client of its own, as nginx on this machine reports it. */
    private static Reply send(String method, String path, String token, Object body, String client) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(app.uri(path)).header("X-Forwarded-For", client)
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(TestApp.MAPPER.writeValueAsString(body)));
            if (body != null) {
                request.header("Content-Type", "application/json");
            }
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            return app.send(request);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String newClient() {
        return "203.0.113." + CLIENTS.incrementAndGet();
    }

    private static Map<String, String> account(String name, String email) {
        Map<String, String> body = new HashMap<>(Map.of("name", name, "password", PASSWORD));
        if (email != null) {
            body.put("email", email);
        }
        return body;
    }

    @Test
    void a_trainee_with_a_password_signs_in_on_another_device_and_finds_their_history() {
        String client = newClient();
        Reply registered = send("POST", "/api/users", null, account("Sam Signin", "sam@example.com"), client);
        assertThat(registered.status()).isEqualTo(201);
        assertThat(registered.json().path("user").path("hasPassword").asBoolean()).isTrue();
        String first = registered.json().path("token").asText();
        app.playScript(first, "EASY", java.util.List.of("What do you do for a living?"));

        Reply byEmail = send("POST", "/api/auth/sign-in", null,
                Map.of("email", "  SAM@example.com ", "password", PASSWORD), client);
        assertThat(byEmail.status()).isEqualTo(200);
        String second = byEmail.json().path("token").asText();
        assertThat(second).isNotEqualTo(first).hasSize(43);
        assertThat(byEmail.json().path("user").path("name").asText()).isEqualTo("Sam Signin");
        JsonNode history = send("GET", "/api/me/sessions", second, null, client).json();
        assertThat(history.path("sessions")).hasSize(1);

        Reply byName = send("POST", "/api/auth/sign-in", null, Map.of("name", "sam SIGNIN", "password", PASSWORD),
                client);
        assertThat(byName.status()).isEqualTo(200);
        assertThat(send("GET", "/api/me", byName.json().path("token").asText(), null, client).json()
                .path("user").path("email").asText()).isEqualTo("sam@example.com");
    }

    @Test
    void wrong_credentials_get_one_answer_whether_or_not_the_account_exists() {
        String client = newClient();
        send("POST", "/api/users", null, account("Wendy Wrong", "wendy@example.com"), client);
        Reply wrongPassword = send("POST", "/api/auth/sign-in", null,
                Map.of("email", "wendy@example.com", "password", "not the password"), client);
        Reply noAccount = send("POST", "/api/auth/sign-in", null,
                Map.of("email", "nobody@example.com", "password", "not the password"), client);
        Reply noSuchName = send("POST", "/api/auth/sign-in", null,
                Map.of("name", "Nobody At All", "password", "not the password"), client);
        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(noAccount.status()).isEqualTo(401);
        assertThat(noSuchName.status()).isEqualTo(401);
        assertThat(wrongPassword.body()).isEqualTo(noAccount.body()).isEqualTo(noSuchName.body());
        assertThat(wrongPassword.error()).isEqualTo("that email or name and password do not match an account");
    }

    @Test
    void a_name_shared_by_two_trainees_needs_the_email() {
        String client = newClient();
        send("POST", "/api/users", null, account("Twin Name", "twin1@example.com"), client);
        send("POST", "/api/users", null, account("Twin Name", "twin2@example.com"), client);
        Reply byName = send("POST", "/api/auth/sign-in", null, Map.of("name", "Twin Name", "password", PASSWORD),
                client);
        assertThat(byName.status()).isEqualTo(400);
        assertThat(byName.error()).contains("sign in with your email");
        assertThat(send("POST", "/api/auth/sign-in", null, Map.of("email", "twin2@example.com", "password", PASSWORD),
                client).status()).isEqualTo(200);
    }

    @Test
    void signing_out_revokes_only_that_devices_token() {
        String client = newClient();
        String laptop = send("POST", "/api/users", null, account("Otto Out", "otto@example.com"), client).json()
                .path("token").asText();
        String phone = send("POST", "/api/auth/sign-in", null, Map.of("email", "otto@example.com", "password",
                PASSWORD), client).json().path("token").asText();
        assertThat(send("POST", "/api/auth/sign-out", phone, null, client).status()).isEqualTo(200);
        Reply revoked = send("GET", "/api/me", phone, null, client);
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(revoked.error()).contains("sign in again");
        assertThat(send("GET", "/api/me", laptop, null, client).status()).isEqualTo(200);
        assertThat(send("POST", "/api/auth/sign-out", phone, null, client).status()).isEqualTo(401);
    }

    @Test
    void a_password_is_set_later_then_changed_only_with_the_current_one_signing_out_other_devices() {
        String client = newClient();
        String token = app.register("Pia Later");
        Reply set = send("PUT", "/api/me/password", token, Map.of("password", "first password 1"), client);
        assertThat(set.status()).isEqualTo(200);
        assertThat(set.json().path("user").path("hasPassword").asBoolean()).isTrue();
        String other = send("POST", "/api/auth/sign-in", null, Map.of("name", "Pia Later", "password",
                "first password 1"), client).json().path("token").asText();

        Reply missing = send("PUT", "/api/me/password", token, Map.of("password", "second password 2"), client);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.error()).contains("currentPassword");
        Reply wrong = send("PUT", "/api/me/password", token, Map.of("password", "second password 2",
                "currentPassword", "not it at all"), client);
        assertThat(wrong.status()).isEqualTo(403);
        Reply changed = send("PUT", "/api/me/password", token, Map.of("password", "second password 2",
                "currentPassword", "first password 1"), client);
        assertThat(changed.status()).isEqualTo(200);
        assertThat(send("GET", "/api/me", token, null, client).status()).as("this device").isEqualTo(200);
        assertThat(send("GET", "/api/me", other, null, client).status()).as("the other device").isEqualTo(401);
        assertThat(send("POST", "/api/auth/sign-in", null, Map.of("name", "Pia Later", "password",
                "second password 2"), client).status()).isEqualTo(200);
    }

    @Test
    void passwords_are_checked_and_registration_without_email_or_password_still_works() {
        String client = newClient();
        Reply tooShort = send("POST", "/api/users", null, Map.of("name", "Shorty", "password", "short"), client);
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.error()).isEqualTo("'password' must be at least 10 characters");
        Reply wrongType = send("POST", "/api/users", null, Map.of("name", "Numbers", "password", 1234567890), client);
        assertThat(wrongType.status()).isEqualTo(400);
        Reply plain = send("POST", "/api/users", null, Map.of("name", "Seed Client"), client);
        assertThat(plain.status()).isEqualTo(201);
        assertThat(plain.json().path("user").path("hasPassword").asBoolean()).isFalse();
        Reply neither = send("POST", "/api/auth/sign-in", null, Map.of("password", PASSWORD), client);
        assertThat(neither.status()).isEqualTo(400);
    }

    @Test
    void failed_sign_ins_are_limited_per_account_and_per_address() {
        String client = newClient();
        send("POST", "/api/users", null, account("Lim Ited", "limited@example.com"), client);
        for (int i = 0; i < SignInLimiter.PER_ACCOUNT; i++) {
            assertThat(send("POST", "/api/auth/sign-in", null, Map.of("email", "limited@example.com", "password",
                    "guess number " + i), newClient()).status()).isEqualTo(401);
        }
        Reply locked = send("POST", "/api/auth/sign-in", null, Map.of("email", "limited@example.com", "password",
                PASSWORD), newClient());
        assertThat(locked.status()).as("even the right password, from anywhere").isEqualTo(429);
        assertThat(locked.error()).startsWith("too many failed attempts; try again in ");
        assertThat(Long.parseLong(locked.raw().headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 900L);

        String attacker = newClient();
        for (int i = 0; i < SignInLimiter.PER_ADDRESS; i++) {
            send("POST", "/api/auth/sign-in", null, Map.of("email", "victim" + i + "@example.com", "password",
                    "guess number " + i), attacker);
        }
        assertThat(send("POST", "/api/auth/sign-in", null, Map.of("email", "someone@example.com", "password",
                "guess"), attacker).status()).isEqualTo(429);
        send("POST", "/api/users", null, account("Else Where", "else@example.com"), client);
        assertThat(send("POST", "/api/auth/sign-in", null, Map.of("email", "else@example.com", "password", PASSWORD),
                client).status()).as("another client is not affected").isEqualTo(200);
    }

    @Test
    void no_password_or_hash_ever_appears_in_a_response_or_the_log() {
        String client = newClient();
        String secret = "a very secret passphrase 42";
        Reply registered = send("POST", "/api/users", null, Map.of("name", "Hidden Hash", "email",
                "hidden@example.com", "password", secret), client);
        String token = registered.json().path("token").asText();
        StringBuilder seen = new StringBuilder(registered.body());
        seen.append(send("POST", "/api/auth/sign-in", null, Map.of("email", "hidden@example.com", "password", secret),
                client).body());
        seen.append(send("POST", "/api/auth/sign-in", null, Map.of("email", "hidden@example.com", "password",
                secret + "x"), client).body());
        seen.append(send("GET", "/api/me", token, null, client).body());
        seen.append(send("PUT", "/api/me/password", token, Map.of("password", secret + " two", "currentPassword",
                secret), client).body());
        seen.append(send("GET", "/api/me/sessions", token, null, client).body());
        assertThat(seen.toString()).doesNotContain(secret).doesNotContainIgnoringCase("argon2")
                .doesNotContainIgnoringCase("password_hash").doesNotContain("passwordHash");
        assertThat(String.join("\n", logs.lines())).doesNotContain(secret).doesNotContainIgnoringCase("argon2")
                .doesNotContain(token);
    }
}
