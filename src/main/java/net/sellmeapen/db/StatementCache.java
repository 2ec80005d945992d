package net.sellmeapen.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jooq.tools.jdbc.DefaultConnection;
import org.jooq.tools.jdbc.DefaultPreparedStatement;

/**
 * A connection that keeps its prepared statements: jOOQ renders the same SQL for a query shape
 * every time, so each distinct SQL text is prepared by SQLite once and reused, where it would
 * otherwise be compiled again on every query. "Closing" a kept statement keeps it as it is;
 * at most {@link #SIZE} are kept per connection, the least recently used is really closed. A
 * connection is used by one thread at a time (the pool and the write lock see to that).
 */
final class StatementCache extends DefaultConnection {

    static final int SIZE = 128;

    private final Map<String, Kept> kept = new LinkedHashMap<>(SIZE, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Kept> eldest) {
            if (size() <= SIZE) {
                return false;
            }
            eldest.getValue().reallyClose();
            return true;
        }
    };

    StatementCache(Connection delegate) {
        super(delegate);
    }

    @Override
    public PreparedStatement prepareStatement(String sql) throws SQLException {
        Kept statement = kept.get(sql);
        if (statement == null) {
            statement = new Kept(getDelegate().prepareStatement(sql));
            kept.put(sql, statement);
        }
        return statement;
    }

    /** The SQL of the statements kept now. */
    java.util.List<String> sql() {
        return java.util.List.copyOf(kept.keySet());
    }

    @Override
    public void close() throws SQLException {
        for (Kept statement : kept.values()) {
            statement.reallyClose();
        }
        kept.clear();
        super.close();
    }

    /** A statement that stays prepared when its user closes it. */
    private static final class Kept extends DefaultPreparedStatement {

        Kept(PreparedStatement delegate) {
            super(delegate);
        }

        @Override
        public void close() {
            // Nothing to do: closing its result set has already reset the statement (ending its read
            // transaction), and the next use binds every parameter again. Clearing the bindings here
            // cost about 25 µs a query (sqlite-jdbc's clear_bindings), a sixth of a session read.
        }

        @Override
        public boolean isClosed() {
            return false;
        }

        void reallyClose() {
            try {
                getDelegate().close();
            } catch (SQLException ignored) {
                // the statement is being dropped; nothing depends on it closing cleanly
            }
        }
    }
}
