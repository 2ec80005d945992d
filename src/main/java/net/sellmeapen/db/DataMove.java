package net.sellmeapen.db;

import static net.sellmeapen.db.jooq.Tables.AUTH_TOKENS;
import static net.sellmeapen.db.jooq.Tables.RESET_CODES;
import static net.sellmeapen.db.jooq.Tables.SESSION_TURNS;
import static net.sellmeapen.db.jooq.Tables.TRAINING_SESSIONS;
import static net.sellmeapen.db.jooq.Tables.USERS;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Cursor;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.Table;

/**
 * A one-off move of everything worth keeping from one database to another, empty one — typically
 * from the SQLite file to PostgreSQL when a company moves to several instances. Both are migrated to
 * the current schema first; trainees, their sign-ins and reset codes, sessions and their turns are
 * copied in batches, parents before children; what lives only seconds (voice tickets and calls,
 * rate-limit events) is not. The counts of both sides are compared at the end.
 */
public final class DataMove {

    /** Rows read and written at a time. */
    static final int BATCH = 500;
    /** The tables moved, each after those it refers to. */
    static final List<Table<?>> TABLES = List.of(USERS, AUTH_TOKENS, RESET_CODES, TRAINING_SESSIONS, SESSION_TURNS);

    private final Database from;
    private final Database to;

    public DataMove(Database from, Database to) {
        this.from = from;
        this.to = to;
    }

    /** The target already holds data: a move only fills an empty database. */
    public static final class TargetNotEmptyException extends RuntimeException {
        TargetNotEmptyException(String message) {
            super(message);
        }
    }

    /** Moves every table; returns the rows moved per table, in order. Refuses a target that holds any. */
    public Map<String, Integer> run() {
        for (Table<?> table : TABLES) {
            int rows = to.read(dsl -> dsl.fetchCount(table));
            if (rows > 0) {
                throw new TargetNotEmptyException("the target database already holds " + rows + " rows in "
                        + table.getName() + "; move into an empty database (nothing was changed)");
            }
        }
        Map<String, Integer> moved = new LinkedHashMap<>();
        for (Table<?> table : TABLES) {
            moved.put(table.getName(), copy(table));
        }
        for (Table<?> table : TABLES) {
            int source = from.read(dsl -> dsl.fetchCount(table));
            int target = to.read(dsl -> dsl.fetchCount(table));
            if (source != target) {
                throw new IllegalStateException(table.getName() + ": " + source + " rows in the source but " + target
                        + " in the target after the move (was the source written to meanwhile?)");
            }
        }
        return moved;
    }

    private <R extends Record> int copy(Table<R> table) {
        return from.read(dsl -> {
            int rows = 0;
            try (Cursor<R> cursor = dsl.selectFrom(table).fetchLazy()) {
                while (cursor.hasNext()) {
                    Result<R> batch = cursor.fetchNext(BATCH);
                    to.write(target -> target.insertInto(table).columns(table.fields()).valuesOfRecords(batch)
                            .execute());
                    rows += batch.size();
                }
            }
            return rows;
        });
    }
}
