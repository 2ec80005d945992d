package net.sellmeapen.db;

import static net.sellmeapen.db.jooq.Tables.AUTH_TOKENS;
import static net.sellmeapen.db.jooq.Tables.SESSION_TURNS;
import static net.sellmeapen.db.jooq.Tables.TRAINING_SESSIONS;
import static net.sellmeapen.db.jooq.Tables.USERS;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * One schema on both databases: SQLite migrated with {@code common} + {@code sqlite} and a real
 * PostgreSQL server migrated with {@code common} + {@code postgresql} end up with the same tables,
 * columns, types (as jOOQ reads them), nullability, keys and indexes, so the jOOQ classes generated
 * from SQLite work on PostgreSQL — which a round trip through them shows. Skipped where PostgreSQL
 * is not installed, unless {@code -Dpostgres.tests.required=true} (as {@code scripts/test} runs it).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(180)
class PostgresSchemaTest {

    private PostgresServer server;
    private String postgresUrl;

    @BeforeAll
    void start() throws Exception {
        server = PostgresServer.startForTest();
        postgresUrl = server.createDatabase("schema_test");
        Flyway.configure().dataSource(postgresUrl, server.user(), "").locations(Database.POSTGRES_MIGRATIONS).load().migrate();
    }

    @AfterAll
    void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void both_databases_have_the_same_tables_columns_types_keys_and_indexes(@TempDir Path dir) throws Exception {
        String sqliteUrl = "jdbc:sqlite:" + dir.resolve("schema.db");
        Flyway.configure().dataSource(sqliteUrl, null, null).locations(Database.MIGRATIONS).load().migrate();
        Map<String, String> sqlite;
        try (Connection connection = DriverManager.getConnection(sqliteUrl)) {
            sqlite = describe(DSL.using(connection, SQLDialect.SQLITE));
        }
        Map<String, String> postgres;
        try (Connection connection = DriverManager.getConnection(postgresUrl, server.user(), "")) {
            postgres = describe(DSL.using(connection, SQLDialect.POSTGRES));
        }
        assertThat(sqlite).containsOnlyKeys("auth_tokens", "rate_events", "reset_codes", "session_turns",
                "training_sessions", "users", "voice_claims", "voice_tickets");
        assertThat(postgres).isEqualTo(sqlite);
    }

    /** Every table as text: its columns with type and nullability, primary key, unique keys, foreign keys, indexes. */
    private static Map<String, String> describe(DSLContext dsl) {
        Map<String, String> tables = new TreeMap<>();
        for (Table<?> table : dsl.meta().getTables()) {
            String name = table.getName().toLowerCase();
            if (name.equals("flyway_schema_history") || name.startsWith("sqlite_")
                    || table.getSchema() != null && table.getSchema().getName().equals("information_schema")
                    || table.getSchema() != null && table.getSchema().getName().startsWith("pg_")) {
                continue;
            }
            StringBuilder text = new StringBuilder();
            for (Field<?> field : table.fields()) {
                text.append(field.getName().toLowerCase()).append(' ')
                        .append(field.getDataType().getSQLDataType().getTypeName())
                        .append(field.getDataType().nullable() ? " null" : " not null").append('\n');
            }
            text.append("primary key ").append(table.getPrimaryKey() == null ? "none"
                    : table.getPrimaryKey().getFields().stream().map(f -> f.getName().toLowerCase()).sorted().toList())
                    .append('\n');
            text.append("unique ").append(table.getUniqueKeys().stream().map(key -> key.getFields().stream()
                    .map(f -> f.getName().toLowerCase()).sorted().toList().toString()).sorted().toList()).append('\n');
            text.append("references ").append(table.getReferences().stream().map(key -> key.getFields().stream()
                    .map(f -> f.getName().toLowerCase()).toList() + " -> " + key.getKey().getTable().getName()
                    .toLowerCase()).sorted().toList()).append('\n');
            text.append("indexes ").append(table.getIndexes().stream().map(index -> index.getName().toLowerCase()
                    + (index.getUnique() ? " unique" : "")).sorted().collect(Collectors.joining(", "))).append('\n');
            tables.put(name, text.toString());
        }
        return tables;
    }

    @Test
    void the_classes_generated_from_sqlite_read_and_write_postgresql() throws Exception {
        Instant now = Instant.parse("2026-11-29T12:00:00.123Z");
        try (Connection connection = DriverManager.getConnection(postgresUrl, server.user(), "")) {
            DSLContext dsl = DSL.using(connection, SQLDialect.POSTGRES);
            dsl.insertInto(USERS).set(USERS.ID, "u1").set(USERS.NAME, "Pia Postgres").set(USERS.EMAIL, "pia@example.com")
                    .set(USERS.CREATED_AT, now).execute();
            dsl.insertInto(AUTH_TOKENS).set(AUTH_TOKENS.TOKEN_HASH, "h1").set(AUTH_TOKENS.USER_ID, "u1")
                    .set(AUTH_TOKENS.CREATED_AT, now).set(AUTH_TOKENS.EXPIRES_AT, now.plusSeconds(60)).execute();
            dsl.insertInto(TRAINING_SESSIONS).set(TRAINING_SESSIONS.ID, "s1").set(TRAINING_SESSIONS.USER_ID, "u1")
                    .set(TRAINING_SESSIONS.DIFFICULTY_LEVEL, "HARD").set(TRAINING_SESSIONS.MODE, "TEXT")
                    .set(TRAINING_SESSIONS.STATUS, "IN_PROGRESS").set(TRAINING_SESSIONS.STARTED_AT, now)
                    .set(TRAINING_SESSIONS.FILLERS_PER_100_WORDS, 2.5f).execute();
            dsl.insertInto(SESSION_TURNS).set(SESSION_TURNS.SESSION_ID, "s1").set(SESSION_TURNS.SEQ, 1)
                    .set(SESSION_TURNS.SPEAKER, "TRAINEE").set(SESSION_TURNS.TEXT, "Ünïcode pens ✒")
                    .set(SESSION_TURNS.AT, now).set(SESSION_TURNS.SPOKEN_MS, 1500).execute();
            var row = dsl.select(USERS.NAME, AUTH_TOKENS.EXPIRES_AT, TRAINING_SESSIONS.FILLERS_PER_100_WORDS,
                            SESSION_TURNS.TEXT, SESSION_TURNS.AT)
                    .from(USERS).join(AUTH_TOKENS).on(AUTH_TOKENS.USER_ID.eq(USERS.ID))
                    .join(TRAINING_SESSIONS).on(TRAINING_SESSIONS.USER_ID.eq(USERS.ID))
                    .join(SESSION_TURNS).on(SESSION_TURNS.SESSION_ID.eq(TRAINING_SESSIONS.ID))
                    .where(USERS.NAME.equalIgnoreCase("pia postgres")).fetchOne();
            assertThat(row).isNotNull();
            assertThat(row.value2()).isEqualTo(now.plusSeconds(60));
            assertThat(row.value3()).isEqualTo(2.5f);
            assertThat(row.value4()).isEqualTo("Ünïcode pens ✒");
            assertThat(row.value5()).isEqualTo(now);
            dsl.deleteFrom(USERS).where(USERS.ID.eq("u1")).execute();
            assertThat(dsl.fetchCount(SESSION_TURNS)).as("deleting a trainee cascades as on SQLite").isZero();
        }
    }
}
