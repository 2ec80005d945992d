package net.sellmeapen.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The SQLite database: migrated by Flyway on open, written through one connection under a lock so
 * that concurrent requests never meet {@code SQLITE_BUSY}, and read through a small pool of
 * read-only connections that WAL mode lets run beside the writer.
 */
public final class Database implements AutoCloseable {

    private static final int READERS = 4;
    private static final int BUSY_TIMEOUT_MS = 10_000;

    private final Connection writer;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final BlockingQueue<Connection> readers;
    private final List<Connection> allReaders;
    private final Settings settings = new Settings().withExecuteLogging(false).withRenderSchema(false);

    private final Flyway flyway;

    private Database(Connection writer, List<Connection> readers, Flyway flyway) {
        this.writer = writer;
        this.flyway = flyway;
        this.allReaders = List.copyOf(readers);
        this.readers = new ArrayBlockingQueue<>(readers.size(), false, readers);
    }

    /** Opens (creating it and its folder when needed) and migrates the database at a {@code jdbc:sqlite:} URL. */
    public static Database open(String jdbcUrl) {
        createParentFolder(jdbcUrl);
        try {
            Flyway flyway = Flyway.configure()
                    .dataSource(dataSource(jdbcUrl, false))
                    .locations("classpath:db/migration")
                    .load();
            flyway.migrate();
            Connection writer = dataSource(jdbcUrl, false).getConnection();
            List<Connection> readers = new ArrayList<>();
            for (int i = 0; i < READERS; i++) {
                readers.add(dataSource(jdbcUrl, true).getConnection());
            }
            return new Database(writer, readers, flyway);
        } catch (SQLException e) {
            throw new DatabaseUnavailableException("cannot open the database at " + jdbcUrl + ": " + e.getMessage(), e);
        }
    }

    private static SQLiteDataSource dataSource(String jdbcUrl, boolean readOnly) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.enforceForeignKeys(true);
        config.setReadOnly(readOnly);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl(jdbcUrl);
        return dataSource;
    }

    /** The database file a {@code jdbc:sqlite:} URL names, as an absolute path. */
    public static Path fileOf(String jdbcUrl) {
        String location = jdbcUrl.substring("jdbc:sqlite:".length());
        if (location.startsWith("file:")) {
            location = location.substring("file:".length());
        }
        int query = location.indexOf('?');
        return Path.of(query >= 0 ? location.substring(0, query) : location).toAbsolutePath();
    }

    private static void createParentFolder(String jdbcUrl) {
        Path file = fileOf(jdbcUrl);
        try {
            Files.createDirectories(file.getParent());
        } catch (Exception e) {
            throw new DatabaseUnavailableException("cannot create the folder for the database at " + file.getParent()
                    + ": " + e.getMessage(), e);
        }
    }

    /** Runs a read-only query on a pooled connection. */
    public <T> T read(Function<DSLContext, T> query) {
        Connection connection;
        try {
            connection = readers.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DatabaseUnavailableException("interrupted while waiting for a database connection", e);
        }
        try {
            return query.apply(DSL.using(connection, SQLDialect.SQLITE, settings));
        } finally {
            readers.add(connection);
        }
    }

    /** Runs work in one transaction on the single writer connection; it commits when the work returns. */
    public <T> T write(Function<DSLContext, T> work) {
        writeLock.lock();
        try {
            return DSL.using(writer, SQLDialect.SQLITE, settings)
                    .transactionResult(configuration -> work.apply(configuration.dsl()));
        } finally {
            writeLock.unlock();
        }
    }

    /** True when the database answers a trivial query. */
    public boolean isHealthy() {
        try {
            return read(dsl -> dsl.selectOne().fetchOne(0, Integer.class)) == 1;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * The applied schema version, or empty when a migration the jar carries is not applied (or the
     * history cannot be read): for the readiness check.
     */
    public java.util.Optional<String> schemaVersion() {
        try {
            var info = flyway.info();
            if (info.pending().length > 0 || info.current() == null) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(info.current().getVersion().getVersion());
        } catch (RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    @Override
    public void close() {
        writeLock.lock();
        try {
            closeQuietly(writer);
            allReaders.forEach(Database::closeQuietly);
        } finally {
            writeLock.unlock();
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing at shutdown: nothing left to do with a failure
        }
    }
}
