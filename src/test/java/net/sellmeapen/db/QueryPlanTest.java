package net.sellmeapen.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import net.sellmeapen.Fixtures;
import net.sellmeapen.TestApp;
import org.junit.jupiter.api.Test;

/**
 * Every query a trainee's requests run (sign-up, sign-in, a session played and scored, history,
 * progress, leaderboard, drills) is checked with SQLite's {@code EXPLAIN QUERY PLAN}: none may
 * read a whole stored table, so each stays as fast with a million sessions as with ten.
 */
class QueryPlanTest {

    /** A plan step that reads every row of a table, without an index. */
    private static final Pattern FULL_SCAN = Pattern.compile("^SCAN (\\w+)$");

    @Test
    void no_query_on_a_trainees_path_reads_a_whole_table() throws Exception {
        try (TestApp app = TestApp.start()) {
            String token = app.register("Plan Reader");
            app.playScript(token, "MEDIUM", List.of("What do you write with at work?",
                    "What annoys you about it?", "Would you take one today?"));
            app.postJson("/api/sessions/" + app.startSession(token, "EASY") + "/complete", token,
                    Map.of("transcript", Fixtures.text("fixtures/strong/02-teacher-already-has-pen.txt")));
            for (String path : List.of("/api/me", "/api/sessions", "/api/progress", "/api/leaderboard")) {
                assertThat(app.get(path, token).status()).as(path).isLessThan(500);
            }
            List<String> statements = List.copyOf(app.database().preparedSql());
            assertThat(statements).as("the lifecycle's queries were captured").hasSizeGreaterThan(10);
            List<String> scans = new ArrayList<>();
            try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + app.folder().resolve("test.db"))) {
                List<String> tables = new ArrayList<>();
                try (ResultSet rows = connection.createStatement().executeQuery(
                        "SELECT name FROM sqlite_master WHERE type = 'table'")) {
                    while (rows.next()) {
                        tables.add(rows.getString(1));
                    }
                }
                for (String sql : statements) {
                    if (!sql.stripLeading().regionMatches(true, 0, "select", 0, 6)
                            && !sql.stripLeading().regionMatches(true, 0, "update", 0, 6)
                            && !sql.stripLeading().regionMatches(true, 0, "delete", 0, 6)) {
                        continue; // inserts and pragmas have no plan to read
                    }
                    try (ResultSet plan = connection.createStatement().executeQuery("EXPLAIN QUERY PLAN " + sql)) {
                        while (plan.next()) {
                            String detail = plan.getString("detail");
                            var scan = FULL_SCAN.matcher(detail);
                            // a derived table (the leaderboard's ranked rows) is built from an indexed search
                            if (scan.matches() && tables.contains(scan.group(1))) {
                                scans.add(detail + " in: " + sql);
                            }
                        }
                    }
                }
            }
            assertThat(scans).isEmpty();
        }
    }
}
