package net.sellmeapen.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * A HikariCP pool of PostgreSQL connections: reads on any connection, each write in one
 * serializable transaction. Bounded: {@code size} connections, a wait of a few seconds for one.
 */
final class PostgresPool implements AutoCloseable {

    /** How long a request waits for a free connection before the database counts as busy. */
    private static final long CONNECTION_WAIT_MS = 5_000;

    private final HikariDataSource pool;

    private PostgresPool(HikariDataSource pool) {
        this.pool = pool;
    }

    static PostgresPool open(String jdbcUrl, String user, String password, int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        if (user != null && !user.isBlank()) {
            config.setUsername(user);
        }
        if (password != null && !password.isBlank()) {
            config.setPassword(password);
        }
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(Math.min(2, size));
        config.setConnectionTimeout(CONNECTION_WAIT_MS);
        config.setPoolName("postgres");
        config.setInitializationFailTimeout(30_000); // the server may still be starting (compose)
        return new PostgresPool(new HikariDataSource(config));
    }

    DataSource dataSource() {
        return pool;
    }

    <T> T read(Function<DSLContext, T> query, Settings settings) {
        try (Connection connection = pool.getConnection()) {
            return query.apply(DSL.using(connection, SQLDialect.POSTGRES, settings));
        } catch (SQLException e) {
            throw new DatabaseUnavailableException("the database is not answering: " + e.getMessage(), e);
        }
    }

    <T> T write(Function<DSLContext, T> work, Settings settings) {
        return transaction(Connection.TRANSACTION_SERIALIZABLE, work, settings);
    }

    /**
     * A READ COMMITTED transaction that first takes the transaction-scoped advisory lock of the name:
     * transactions naming the same lock run one after another, each seeing what the one before
     * committed, and never fail for a conflict (a serializable one would on a hot row).
     */
    <T> T writeUnderLock(String lock, Function<DSLContext, T> work, Settings settings) {
        return transaction(Connection.TRANSACTION_READ_COMMITTED, dsl -> {
            dsl.fetch("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtextextended(?, 0))) AS held", lock);
            return work.apply(dsl);
        }, settings);
    }

    private <T> T transaction(int isolation, Function<DSLContext, T> work, Settings settings) {
        try (Connection connection = pool.getConnection()) {
            connection.setTransactionIsolation(isolation);
            return DSL.using(connection, SQLDialect.POSTGRES, settings)
                    .transactionResult(configuration -> work.apply(configuration.dsl()));
        } catch (SQLException e) {
            throw new DatabaseUnavailableException("the database is not answering: " + e.getMessage(), e);
        }
    }

    /** True when PostgreSQL refused the transaction for a conflict with another (40001) or a deadlock (40P01). */
    static boolean isSerializationConflict(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && ("40001".equals(sql.getSQLState())
                    || "40P01".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        pool.close();
    }
}
