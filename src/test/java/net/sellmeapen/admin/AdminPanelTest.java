package net.sellmeapen.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import net.sellmeapen.Fixtures;
import net.sellmeapen.TestApp.Reply;
import net.sellmeapen.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class AdminPanelTest {

    private static final String TOKEN = "admin-secret-token-0123456789";

    private TestApp app;
    private String traineeToken;
    private String sessionId;
    private String traineeId;

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    private void start(Map<String, String> env) {
        app = TestApp.start(env);
        traineeToken = app.register("Ada");
        sessionId = app.startSession(traineeToken, "HARD");
        app.postJson("/api/sessions/" + sessionId + "/complete", traineeToken,
                Map.of("transcript", Fixtures.text("fixtures/strong/02-teacher-already-has-pen.txt")));
        traineeId = app.get("/api/sessions/" + sessionId, traineeToken).json().path("session").path("userId").asText();
    }

    private Reply admin(String method, String path, Map<String, String> headers, String form) {
        HttpRequest.Builder request = HttpRequest.newBuilder(app.adminUri(path));
        headers.forEach(request::header);
        if (method.equals("POST")) {
            request.header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form == null ? "" : form));
        } else {
            request.GET();
        }
        return app.send(request);
    }

    private String concrete(String route) {
        return route.substring(route.indexOf(' ') + 1)
                .replace("/sessions/{id}", "/sessions/" + sessionId)
                .replace("/trainees/{id}", "/trainees/" + traineeId);
    }

    /** The stylesheet styles the sign-in page; the health checks serve probes that hold no token. */
    private static final Set<String> PUBLIC_ROUTES =
            Set.of("GET /admin/admin.css", "GET /health", "GET /health/ready");

    @Test
    void every_admin_route_refuses_missing_wrong_and_wrong_length_tokens_and_accepts_the_right_one() throws Exception {
        start(Map.of("ADMIN_TOKEN", TOKEN));
        List<String> routes = app.adminRoutes();
        assertThat(routes).hasSizeGreaterThanOrEqualTo(15);
        List<String> covered = new ArrayList<>();
        for (String route : routes) {
            if (PUBLIC_ROUTES.contains(route)) {
                Reply open = admin(route.substring(0, route.indexOf(' ')), concrete(route), Map.of(), null);
                assertThat(open.status()).as(route + " is public").isEqualTo(200);
                continue;
            }
            String method = route.substring(0, route.indexOf(' '));
            String path = concrete(route);
            boolean login = path.equals("/admin/login");
            for (Map<String, String> headers : List.of(Map.<String, String>of(),
                    Map.of("X-Admin-Token", TOKEN.replace('0', 'X')), Map.of("X-Admin-Token", "short"),
                    Map.of("X-Admin-Token", TOKEN + "-longer"))) {
                Reply reply = admin(method, path, headers, login ? "token=" + headers.getOrDefault("X-Admin-Token", "") : null);
                assertThat(reply.status()).as(route + " with " + headers).isEqualTo(401);
            }
            Reply right = login ? admin(method, path, Map.of(), "token=" + TOKEN)
                    : admin(method, path, Map.of("X-Admin-Token", TOKEN), null);
            assertThat(right.status()).as(route + " with the right token").isNotEqualTo(401).isLessThan(500);
            covered.add(route + " -> " + right.status());
        }
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/admin-routes.txt"), covered);
    }

    @Test
    void without_admin_token_a_token_file_is_made_beside_the_database_and_admin_token_file_reads_one()
            throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse(TestApp.onPostgresql(),
                "a generated token file is for SQLite: PostgreSQL requires ADMIN_TOKEN");
        try (net.sellmeapen.LogCapture logs = new net.sellmeapen.LogCapture()) {
            start(Map.of());
            Path file = app.folder().resolve("admin-token");
            String token = Files.readString(file).strip();
            assertThat(token).hasSize(43);
            if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
                assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                        .isEqualTo("rw-------");
            }
            assertThat(admin("GET", "/admin/api/sessions", Map.of("X-Admin-Token", token), null).status())
                    .isEqualTo(200);
            assertThat(String.join("\n", logs.lines())).contains(file.toString()).doesNotContain(token);
            app.close();
            app = null;

            Path elsewhere = Files.createTempFile("admin-token", ".txt");
            Files.writeString(elsewhere, TOKEN + "\n");
            start(Map.of("ADMIN_TOKEN_FILE", elsewhere.toString()));
            assertThat(admin("GET", "/admin/api/sessions", Map.of("X-Admin-Token", TOKEN), null).status())
                    .isEqualTo(200);
            assertThat(Files.exists(app.folder().resolve("admin-token"))).as("no default file when one is named")
                    .isFalse();
        }
    }

    @Test
    void a_query_token_signs_in_with_a_strict_cookie_and_redirects_to_the_clean_url() {
        start(Map.of("ADMIN_TOKEN", TOKEN));
        Reply reply = admin("GET", "/admin/sessions?status=COMPLETED&token=" + TOKEN, Map.of(), null);
        assertThat(reply.status()).isEqualTo(302);
        assertThat(reply.raw().headers().firstValue("Location")).hasValue("/SellMeAPenExt/admin/sessions?status=COMPLETED");
        String cookie = reply.raw().headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Strict").contains("Path=/SellMeAPenExt/admin")
                .doesNotContain(TOKEN);
        assertThat(reply.raw().headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        String session = cookie.substring(0, cookie.indexOf(';'));
        Reply page = admin("GET", "/admin/sessions", Map.of("Cookie", session, "Accept", "text/html"), null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Training sessions");
        Reply browser = admin("GET", "/admin/sessions", Map.of("Accept", "text/html"), null);
        assertThat(browser.status()).isEqualTo(401);
        assertThat(browser.body()).contains("<form method=\"post\"").contains("Admin token");
    }

    private String signIn() {
        Reply reply = admin("GET", "/admin/sessions?token=" + TOKEN, Map.of(), null);
        String cookie = reply.raw().headers().firstValue("Set-Cookie").orElseThrow();
        return cookie.substring(0, cookie.indexOf(';'));
    }

    private static String formToken(String html) {
        String marker = "name=\"_csrf\" value=\"";
        int start = html.indexOf(marker) + marker.length();
        return html.substring(start, html.indexOf('"', start));
    }

    @Test
    void changes_need_the_cookie_and_the_form_token() throws Exception {
        start(Map.of("ADMIN_TOKEN", TOKEN));
        String stuck = app.startSession(traineeToken, "EASY");
        String cookie = signIn();
        assertThat(admin("POST", "/admin/sessions/" + stuck + "/abandon", Map.of("X-Admin-Token", TOKEN), "")
                .status()).isEqualTo(403);
        assertThat(admin("POST", "/admin/sessions/" + stuck + "/abandon", Map.of("Cookie", cookie), "_csrf=forged")
                .status()).isEqualTo(403);
        String page = admin("GET", "/admin/sessions/" + stuck, Map.of("Cookie", cookie), null).body();
        Reply done = admin("POST", "/admin/sessions/" + stuck + "/abandon", Map.of("Cookie", cookie),
                "_csrf=" + formToken(page));
        assertThat(done.status()).isEqualTo(303);
        assertThat(app.get("/api/sessions/" + stuck, traineeToken).json().path("session").path("status").asText())
                .isEqualTo("ABANDONED");
        assertThat(admin("POST", "/admin/sessions/" + sessionId + "/abandon", Map.of("Cookie", cookie),
                "_csrf=" + formToken(page)).status()).isEqualTo(409);

        String confirm = admin("GET", "/admin/trainees/" + traineeId + "/delete", Map.of("Cookie", cookie), null).body();
        assertThat(confirm).contains("Delete Ada?").contains("cannot be undone");
        assertThat(admin("POST", "/admin/trainees/" + traineeId + "/delete", Map.of("Cookie", cookie),
                "_csrf=" + formToken(confirm)).status()).isEqualTo(400);
        assertThat(admin("POST", "/admin/trainees/" + traineeId + "/delete", Map.of("Cookie", cookie),
                "_csrf=" + formToken(confirm) + "&confirm=DELETE").status()).isEqualTo(303);
        assertThat(count("SELECT count(*) FROM users")).isZero();
        assertThat(count("SELECT count(*) FROM training_sessions")).isZero();
        assertThat(count("SELECT count(*) FROM session_turns")).isZero();
    }

    private int count(String sql) throws Exception {
        try (var connection = app.sqlConnection();
             var rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    @Test
    void a_manager_writes_a_note_that_the_detail_and_exports_show_and_a_bad_one_gets_an_error_page() {
        start(Map.of("ADMIN_TOKEN", TOKEN));
        String cookie = signIn();
        String page = admin("GET", "/admin/sessions/" + sessionId, Map.of("Cookie", cookie), null).body();
        String note = "Good discovery. Next time, ask for the sale once the price concern is settled.";
        Reply saved = admin("POST", "/admin/sessions/" + sessionId + "/note", Map.of("Cookie", cookie),
                "_csrf=" + formToken(page) + "&note=" + URLEncoder.encode(note, StandardCharsets.UTF_8));
        assertThat(saved.status()).isEqualTo(303);
        String location = saved.raw().headers().firstValue("Location").orElseThrow();
        assertThat(location).endsWith("/admin/sessions/" + sessionId + "?done=Note+saved");
        assertThat(admin("GET", location.substring(location.indexOf("/admin/")), Map.of("Cookie", cookie), null).body())
                .contains(note).contains("Note saved");
        assertThat(admin("GET", "/admin/export/sessions.csv", Map.of("X-Admin-Token", TOKEN), null).body())
                .contains(note).startsWith("id,").contains(",manager_note\r\n");
        JsonNode json = admin("GET", "/admin/export/sessions.json", Map.of("X-Admin-Token", TOKEN), null).json();
        assertThat(json.get(0).path("managerNote").asText()).isEqualTo(note);

        Reply tooLong = admin("POST", "/admin/sessions/" + sessionId + "/note", Map.of("Cookie", cookie,
                "Accept", "text/html"), "_csrf=" + formToken(page) + "&note=" + "x".repeat(2_001));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.raw().headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(tooLong.body()).contains("a note can be at most 2000 characters").contains("admin.css")
                .doesNotContain("\"success\"");
        assertThat(admin("GET", "/admin/sessions/" + sessionId, Map.of("Cookie", cookie), null).body())
                .as("the saved note is kept").contains(note);

        Reply wrongConfirmation = admin("POST", "/admin/trainees/" + traineeId + "/delete", Map.of("Cookie", cookie,
                "Accept", "text/html"), "_csrf=" + formToken(page) + "&confirm=delete");
        assertThat(wrongConfirmation.status()).isEqualTo(400);
        assertThat(wrongConfirmation.body()).contains("type DELETE to confirm").contains("<h1>Bad Request</h1>");
    }

    @Test
    void a_reset_code_is_shown_once_and_lets_the_trainee_set_a_new_password() {
        start(Map.of("ADMIN_TOKEN", TOKEN));
        String cookie = signIn();
        String list = admin("GET", "/admin/trainees", Map.of("Cookie", cookie), null).body();
        Reply issued = admin("POST", "/admin/trainees/" + traineeId + "/reset-code", Map.of("Cookie", cookie),
                "_csrf=" + formToken(list));
        assertThat(issued.status()).isEqualTo(200);
        String marker = "id=\"reset-code\">";
        int at = issued.body().indexOf(marker) + marker.length();
        String code = issued.body().substring(at, issued.body().indexOf('<', at));
        assertThat(code).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
        assertThat(issued.body()).contains("Reset code for Ada").contains("works once");
        assertThat(admin("GET", "/admin/trainees", Map.of("Cookie", cookie), null).body()).doesNotContain(code);

        Reply reset = app.postJson("/api/auth/reset", null, Map.of("code", code, "password", "ada's new password"));
        assertThat(reset.status()).isEqualTo(200);
        assertThat(reset.json().path("user").path("id").asText()).isEqualTo(traineeId);
        assertThat(app.get("/api/me", traineeToken).status()).as("signed out everywhere").isEqualTo(401);
        assertThat(app.postJson("/api/auth/sign-in", null, Map.of("name", "Ada", "password", "ada's new password"))
                .status()).isEqualTo(200);
        assertThat(app.postJson("/api/auth/reset", null, Map.of("code", code, "password", "yet another password"))
                .status()).as("used once").isEqualTo(401);
        StringBuilder everything = new StringBuilder();
        for (String path : List.of("/admin/trainees", "/admin/api/trainees", "/admin/sessions", "/admin/api/sessions",
                "/admin/sessions/" + sessionId, "/admin/api/sessions/" + sessionId, "/admin/export/sessions.csv",
                "/admin/export/sessions.json", "/admin/statistics", "/admin/leaderboard")) {
            everything.append(admin("GET", path, Map.of("Cookie", cookie, "X-Admin-Token", TOKEN), null).body());
        }
        assertThat(everything.toString()).as("no password or hash on any admin page or export")
                .doesNotContain("ada's new password").doesNotContainIgnoringCase("argon2")
                .doesNotContainIgnoringCase("password_hash").doesNotContain("passwordHash");
    }

    @Test
    void trainees_with_the_same_name_are_told_apart_by_id_and_the_sign_in_page_is_styled() {
        start(Map.of("ADMIN_TOKEN", TOKEN));
        String otherAda = app.register("Ada");
        app.startSession(otherAda, "EXPERT");
        String otherId = app.get("/api/me", otherAda).json().path("user").path("id").asText();
        JsonNode mine = admin("GET", "/admin/api/sessions?traineeId=" + traineeId, Map.of("X-Admin-Token", TOKEN), null)
                .json();
        assertThat(mine.path("items")).hasSize(1);
        assertThat(mine.path("items").get(0).path("userId").asText()).isEqualTo(traineeId);
        String cookie = signIn();
        String list = admin("GET", "/admin/trainees", Map.of("Cookie", cookie), null).body();
        assertThat(list).contains("sessions?traineeId=" + traineeId).contains("sessions?traineeId=" + otherId);
        assertThat(admin("GET", "/admin/sessions?traineeId=" + otherId, Map.of("Cookie", cookie), null).body())
                .contains("Sessions of Ada").contains("<td>EXPERT</td>").doesNotContain("<td>HARD</td>");
        assertThat(admin("GET", "/admin/api/sessions?traineeId=bad%20id", Map.of("X-Admin-Token", TOKEN), null)
                .status()).isEqualTo(400);

        Reply login = admin("GET", "/admin/sessions", Map.of("Accept", "text/html"), null);
        assertThat(login.body()).contains("<link rel=\"stylesheet\" href=\"/SellMeAPenExt/admin/admin.css\">");
        Reply styles = admin("GET", "/admin/admin.css", Map.of(), null);
        assertThat(styles.status()).isEqualTo(200);
        assertThat(styles.raw().headers().firstValue("Content-Type").orElseThrow()).startsWith("text/css");
    }

    @Test
    void hostile_names_and_transcripts_are_escaped_on_every_page() {
        start(Map.of("ADMIN_TOKEN", TOKEN));
        String evil = app.register("<script>alert(1)</script>");
        String id = app.startSession(evil, "MEDIUM");
        app.postJson("/api/sessions/" + id + "/complete", evil, Map.of("transcript",
                "Trainee: What do you do? <img src=x onerror=alert(2)>\nBuyer: </li><script>alert(3)</script>"));
        Map<String, String> auth = Map.of("X-Admin-Token", TOKEN, "Accept", "text/html");
        for (String path : List.of("/admin/sessions", "/admin/sessions/" + id, "/admin/trainees", "/admin/leaderboard",
                "/admin/statistics", "/admin/trainees/" + app.get("/api/sessions/" + id, evil).json().path("session")
                        .path("userId").asText() + "/delete")) {
            String html = admin("GET", path, auth, null).body();
            assertThat(html).as(path).doesNotContain("<script>alert").doesNotContain("<img src=x");
        }
        String detail = admin("GET", "/admin/sessions/" + id, auth, null).body();
        assertThat(detail).contains("&lt;script&gt;alert(1)&lt;/script&gt;").contains("&lt;img src=x onerror=alert(2)&gt;");
    }

    @Test
    void the_csv_export_quotes_and_defuses_hostile_cells_and_has_a_row_per_session() throws Exception {
        start(Map.of("ADMIN_TOKEN", TOKEN));
        for (String name : List.of("=HYPERLINK(\"http://x\")", "+1 555", "-2", "@SUM(A1)", "Smith, \"Jo\"")) {
            String token = app.register(name);
            app.startSession(token, "EASY");
        }
        Reply csv = admin("GET", "/admin/export/sessions.csv", Map.of("X-Admin-Token", TOKEN), null);
        assertThat(csv.raw().headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv")
                .contains("utf-8");
        String body = csv.body();
        assertThat(body).contains(",\"'=HYPERLINK(\"\"http://x\"\")\",").contains(",'+1 555,").contains(",'-2,")
                .contains(",'@SUM(A1),").contains(",\"Smith, \"\"Jo\"\"\",");
        assertThat(body.split("\r\n")).hasSize(1 + count("SELECT count(*) FROM training_sessions"));
        JsonNode json = admin("GET", "/admin/export/sessions.json", Map.of("X-Admin-Token", TOKEN), null).json();
        assertThat(json.size()).isEqualTo(count("SELECT count(*) FROM training_sessions"));
    }

    @Test
    void the_session_detail_trainee_averages_and_exports_carry_the_analytics_and_category_scores() throws Exception {
        start(Map.of("ADMIN_TOKEN", TOKEN));
        Reply registered = app.postJson("/api/users", null, Map.of("name", "Ines Metric", "email", "ines@example.com"));
        String token = registered.json().path("token").asText();
        JsonNode done = app.playModelPitch(token, "MEDIUM").path("session");
        String id = done.path("id").asText();
        JsonNode analytics = done.path("analytics");
        int talkShare = analytics.path("talkSharePercent").asInt();
        assertThat(talkShare).isBetween(1, 99);

        Map<String, String> html = Map.of("X-Admin-Token", TOKEN, "Accept", "text/html");
        String detail = admin("GET", "/admin/sessions/" + id, html, null).body();
        assertThat(detail).contains("Delivery").contains("Your share of the words").contains(talkShare + " %")
                .contains("Questions asked (open)");
        assertThat(admin("GET", "/admin/trainees", html, null).body()).contains("Avg talk share %")
                .contains("ines@example.com");

        String[] lines = admin("GET", "/admin/export/sessions.csv", Map.of("X-Admin-Token", TOKEN), null).body()
                .split("\r\n");
        List<String> header = List.of(lines[0].split(","));
        assertThat(header).startsWith("id", "trainee_id", "trainee", "trainee_email")
                .contains("needs_discovery", "closing_technique", "talk_share_percent", "fillers_per_100_words");
        String row = List.of(lines).stream().filter(line -> line.startsWith(id + ",")).findFirst().orElseThrow();
        List<String> cells = List.of(row.split(",", -1));
        assertThat(cells.get(header.indexOf("trainee_id"))).isEqualTo(done.path("userId").asText());
        assertThat(cells.get(header.indexOf("trainee_email"))).isEqualTo("ines@example.com");
        assertThat(cells.get(header.indexOf("talk_share_percent"))).isEqualTo(String.valueOf(talkShare));
        assertThat(cells.get(header.indexOf("words_per_minute"))).as("typed: no pace").isEmpty();
        JsonNode evaluation = done.path("evaluation").path("categories");
        assertThat(cells.get(header.indexOf("closing_technique")))
                .isEqualTo(evaluation.path("closingTechnique").path("score").asText());

        JsonNode exported = admin("GET", "/admin/export/sessions.json", Map.of("X-Admin-Token", TOKEN), null).json();
        JsonNode mine = null;
        for (JsonNode item : exported) {
            mine = item.path("id").asText().equals(id) ? item : mine;
        }
        assertThat(mine).isNotNull();
        assertThat(mine.path("analytics").path("talkSharePercent").asInt()).isEqualTo(talkShare);
        assertThat(mine.path("categoryScores").path("needsDiscovery").asInt())
                .isEqualTo(evaluation.path("needsDiscovery").path("score").asInt());
        assertThat(mine.path("traineeEmail").asText()).isEqualTo("ines@example.com");
    }

    @Test
    void statistics_equal_sql_computed_independently() throws Exception {
        start(Map.of("ADMIN_TOKEN", TOKEN));
        String other = app.register("Grace");
        for (String[] run : new String[][] {{"EASY", "weak/04-gives-up.txt"}, {"EXPERT", "strong/05-expert-price-focused.txt"},
                {"HARD", "medium/03-pitch-then-questions.txt"}, {"EASY", "strong/03-student-exam-timing.txt"}}) {
            String id = app.startSession(other, run[0]);
            app.postJson("/api/sessions/" + id + "/complete", other, Map.of("transcript", Fixtures.text("fixtures/" + run[1])));
        }
        app.startSession(other, "MEDIUM");
        JsonNode stats = admin("GET", "/admin/api/statistics", Map.of("X-Admin-Token", TOKEN), null).json();
        assertThat(stats.path("sessions").asInt()).isEqualTo(count("SELECT count(*) FROM training_sessions"));
        assertThat(stats.path("completed").asInt())
                .isEqualTo(count("SELECT count(*) FROM training_sessions WHERE status = 'COMPLETED'"));
        try (var connection = app.sqlConnection()) {
            var rows = connection.createStatement().executeQuery("SELECT difficulty_level, round(avg(total_score), 1),"
                    + " round(100.0 * sum(CASE WHEN outcome = 'SALE' THEN 1 ELSE 0 END) / count(*), 1)"
                    + " FROM training_sessions"
                    + " WHERE status = 'COMPLETED' GROUP BY difficulty_level");
            int groups = 0;
            while (rows.next()) {
                groups++;
                assertThat(stats.path("averageTotalByDifficulty").path(rows.getString(1)).asDouble())
                        .isEqualTo(rows.getDouble(2));
                assertThat(stats.path("saleRateByDifficulty").path(rows.getString(1)).asDouble())
                        .isEqualTo(rows.getDouble(3));
            }
            assertThat(groups).isEqualTo(3);
            rows = connection.createStatement().executeQuery("SELECT round(avg(closing_technique_score), 1),"
                    + " round(avg(needs_discovery_score), 1) FROM training_sessions WHERE status = 'COMPLETED'");
            rows.next();
            assertThat(stats.path("averageByCategory").path("closingTechnique").asDouble()).isEqualTo(rows.getDouble(1));
            assertThat(stats.path("averageByCategory").path("needsDiscovery").asDouble()).isEqualTo(rows.getDouble(2));
            rows = connection.createStatement().executeQuery("SELECT count(*) FROM training_sessions"
                    + " WHERE status = 'COMPLETED' AND total_score BETWEEN 0 AND 9");
            rows.next();
            assertThat(stats.path("scoreDistribution").path("0–9").asInt()).isEqualTo(rows.getInt(1));
            rows = connection.createStatement().executeQuery("SELECT count(*) FROM training_sessions"
                    + " WHERE substr(started_at, 1, 10) = '" + java.time.LocalDate.now(java.time.ZoneOffset.UTC) + "'");
            rows.next();
            JsonNode perDay = stats.path("sessionsPerDay");
            assertThat(perDay.size()).isEqualTo(30);
            assertThat(perDay.path(java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString()).asInt())
                    .isEqualTo(rows.getInt(1));
        }
        JsonNode trainees = admin("GET", "/admin/api/trainees", Map.of("X-Admin-Token", TOKEN), null).json();
        JsonNode grace = null;
        for (JsonNode t : trainees) {
            if (t.path("name").asText().equals("Grace")) {
                grace = t;
            }
        }
        assertThat(grace.path("sessions").asInt()).isEqualTo(5);
        assertThat(grace.path("completed").asInt()).isEqualTo(4);
    }

    @Test
    void the_session_list_filters_and_pages() {
        start(Map.of("ADMIN_TOKEN", TOKEN));
        for (int i = 0; i < 30; i++) {
            app.startSession(traineeToken, i % 2 == 0 ? "EASY" : "EXPERT");
        }
        Map<String, String> auth = Map.of("X-Admin-Token", TOKEN);
        JsonNode page1 = admin("GET", "/admin/api/sessions", auth, null).json();
        assertThat(page1.path("total").asInt()).isEqualTo(31);
        assertThat(page1.path("items")).hasSize(25);
        assertThat(admin("GET", "/admin/api/sessions?page=2", auth, null).json().path("items")).hasSize(6);
        assertThat(admin("GET", "/admin/api/sessions?difficulty=EXPERT", auth, null).json().path("total").asInt())
                .isEqualTo(15);
        assertThat(admin("GET", "/admin/api/sessions?status=COMPLETED", auth, null).json().path("total").asInt())
                .isEqualTo(1);
        assertThat(admin("GET", "/admin/api/sessions?trainee=ad", auth, null).json().path("total").asInt()).isEqualTo(31);
        assertThat(admin("GET", "/admin/api/sessions?trainee=zed", auth, null).json().path("total").asInt()).isZero();
        assertThat(admin("GET", "/admin/api/sessions?from=2000-01-01&to=2000-01-02", auth, null).json()
                .path("total").asInt()).isZero();
        assertThat(admin("GET", "/admin/api/sessions?from=yesterday", auth, null).status()).isEqualTo(400);
        assertThat(admin("GET", "/admin/api/sessions?status=LOST", auth, null).status()).isEqualTo(400);
        assertThat(admin("GET", "/admin/api/sessions/nope", auth, null).status()).isEqualTo(404);
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
