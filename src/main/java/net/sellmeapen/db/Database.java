package net.sellmeapen.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import net.sellmeapen.security.Secrets;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The database: SQLite by default, or PostgreSQL when the URL names one. SQLite is migrated by
 * Flyway on open, written through one connection under a lock so
 * that concurrent requests never meet {@code SQLITE_BUSY}, and read through a small pool of
 * read-only connections that WAL mode lets run beside the writer. Every connection keeps its
 * prepared statements ({@link StatementCache}). Writes that queue behind the writer are committed
 * together (group commit): the writer runs each in a savepoint of one transaction, so one failing
 * rolls back alone, and answers each only after the commit. PostgreSQL is reached through a
 * HikariCP pool: every write is its own serializable transaction, retried a few times when the
 * server reports a serialization conflict, so concurrent writers (on this instance or another)
 * never interleave a read-then-write such as appending a turn.
 */
public final class Database implements AutoCloseable {

    private static final int READERS = 4;
    private static final int BUSY_TIMEOUT_MS = 10_000;

    private final CompletableFuture<Connections> opened = new CompletableFuture<>();
    private final Settings settings = new Settings().withExecuteLogging(false).withRenderSchema(false);
    private final GroupCommit groupCommit = new GroupCommit(settings);

    /**
     * Where the SQLite schema's migrations are: the scripts both databases share, then SQLite's own
     * ({@code db/migration/postgresql} holds PostgreSQL's for the same versions).
     */
    public static final String[] MIGRATIONS = {"classpath:db/migration/common", "classpath:db/migration/sqlite"};
    /** PostgreSQL's migrations: the shared scripts, then its own. */
    public static final String[] POSTGRES_MIGRATIONS = {"classpath:db/migration/common",
        "classpath:db/migration/postgresql"};
    /** Connections a PostgreSQL pool holds at most. */
    private static final int POOL_SIZE = 10;
    /** Tries of a PostgreSQL write that meets serialization conflicts. */
    private static final int WRITE_TRIES = 5;

    /** The pool and dialect when the database is PostgreSQL; null for SQLite. */
    private volatile PostgresPool postgres;
    private final ThreadLocal<DSLContext> postgresWrite = new ThreadLocal<>();

    /** The open connections and the migration tool, once opening has finished. */
    private record Connections(Connection writer, BlockingQueue<Connection> readers, List<Connection> allReaders,
            Flyway flyway) {
    }

    /** Whether several instances may share this database (PostgreSQL): known before it has opened. */
    private final boolean shared;

    private Database(boolean shared) {
        this.shared = shared;
    }

    /**
     * Whether several app instances may share this database (PostgreSQL), so state that must hold
     * across them (limits, tickets) is kept in it rather than in one instance's memory.
     */
    public boolean isShared() {
        return shared;
    }

    /** Opens (creating it and its folder when needed) and migrates the database at a {@code jdbc:sqlite:} URL. */
    public static Database open(String jdbcUrl) {
        Database database = new Database(false);
        database.connect(jdbcUrl);
        database.connections();
        return database;
    }

    /**
     * Opens and migrates, on a background thread, the database at the URL: SQLite for
     * {@code jdbc:sqlite:}, PostgreSQL (with this user and password) for {@code jdbc:postgresql:}.
     */
    public static Database openInBackground(String jdbcUrl, String user, String password) {
        if (!isPostgres(jdbcUrl)) {
            return openInBackground(jdbcUrl);
        }
        Database database = new Database(true);
        Thread opener = new Thread(() -> database.connectPostgres(jdbcUrl, user, password), "database-open");
        opener.setDaemon(true);
        opener.start();
        return database;
    }

    /**
     * A JDBC URL as it may be logged: a SQLite file's as it is (a path holds no secret), any other
     * without user information and with its parameters' values hidden ({@link Secrets#forLog}).
     */
    public static String forLog(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:sqlite:")) {
            return jdbcUrl;
        }
        try {
            java.net.URI uri = java.net.URI.create(jdbcUrl.startsWith("jdbc:") ? jdbcUrl.substring(5) : jdbcUrl);
            return uri.getHost() == null ? "jdbc:" + uri.getScheme() + ":…" : "jdbc:" + Secrets.forLog(uri);
        } catch (IllegalArgumentException notAUri) {
            return "(a JDBC URL that cannot be read)";
        }
    }

    /** True for a {@code jdbc:postgresql:} URL. */
    public static boolean isPostgres(String jdbcUrl) {
        return jdbcUrl.startsWith("jdbc:postgresql:");
    }

    private void connectPostgres(String jdbcUrl, String user, String password) {
        try {
            PostgresPool pool = PostgresPool.open(jdbcUrl, user, password, POOL_SIZE);
            postgres = pool;
            Flyway flyway = Flyway.configure().dataSource(pool.dataSource()).locations(POSTGRES_MIGRATIONS).load();
            flyway.migrate();
            opened.complete(new Connections(null, null, List.of(), flyway));
        } catch (RuntimeException e) {
            if (postgres != null) {
                postgres.close();
            }
            opened.completeExceptionally(new DatabaseUnavailableException("cannot open the database at "
                    + forLog(jdbcUrl) + ": " + e.getMessage(), e));
        }
    }

    /**
     * Opens and migrates the database on a background thread, so start-up can build everything else
     * meanwhile; every use waits for it, and {@link #awaitOpen} reports a failure to open.
     */
    public static Database openInBackground(String jdbcUrl) {
        Database database = new Database(false);
        Thread opener = new Thread(() -> database.connect(jdbcUrl), "database-open");
        opener.setDaemon(true);
        opener.start();
        return database;
    }

    /** Waits until the database is open and migrated; throws {@link DatabaseUnavailableException} when it cannot be. */
    public void awaitOpen() {
        connections();
    }

    private void connect(String jdbcUrl) {
        try {
            createParentFolder(jdbcUrl);
            Flyway flyway = Flyway.configure()
                    .dataSource(dataSource(jdbcUrl, false))
                    .locations(MIGRATIONS)
                    .load();
            flyway.migrate();
            Connection writer = new StatementCache(dataSource(jdbcUrl, false).getConnection());
            List<Connection> readers = new ArrayList<>();
            for (int i = 0; i < READERS; i++) {
                readers.add(new StatementCache(dataSource(jdbcUrl, true).getConnection()));
            }
            opened.complete(new Connections(writer, new ArrayBlockingQueue<>(READERS, false, readers),
                    List.copyOf(readers), flyway));
        } catch (SQLException e) {
            opened.completeExceptionally(new DatabaseUnavailableException("cannot open the database at " + jdbcUrl
                    + ": " + e.getMessage(), e));
        } catch (RuntimeException e) {
            opened.completeExceptionally(e);
        }
    }

    private Connections connections() {
        try {
            return opened.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new DatabaseUnavailableException("cannot open the database: " + e.getCause(), e.getCause());
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
        Connections open = connections();
        if (postgres != null) {
            DSLContext inWrite = postgresWrite.get();
            return inWrite != null ? query.apply(inWrite) : postgres.read(query, settings);
        }
        BlockingQueue<Connection> readers = open.readers();
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

    /**
     * Runs work in a transaction and returns once it is committed: on SQLite through the single
     * writer, grouped with the writes waiting then ({@link GroupCommit}); on PostgreSQL in a
     * serializable transaction of its own. An exception rolls back that work alone and is thrown to
     * its caller. Work must not block on anything but the database.
     */
    public <T> T write(Function<DSLContext, T> work) {
        Connections connections = connections();
        if (postgres != null) {
            return writePostgres(work);
        }
        return groupCommit.write(connections.writer(), work);
    }

    /**
     * A PostgreSQL write: one serializable transaction on a pooled connection, tried again (from
     * the start, so its reads see the other writer's result) when the server reports a
     * serialization conflict or a deadlock; a write inside a write joins its transaction.
     */
    private <T> T writePostgres(Function<DSLContext, T> work) {
        DSLContext outer = postgresWrite.get();
        if (outer != null) {
            return outer.transactionResult(configuration -> work.apply(configuration.dsl()));
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return postgres.write(joinable(work), settings);
            } catch (RuntimeException e) {
                if (attempt >= WRITE_TRIES || !PostgresPool.isSerializationConflict(e)) {
                    throw e;
                }
            }
        }
    }

    /**
     * Runs work as {@link #write} does, alone among the writes that name the same lock: on
     * PostgreSQL a READ COMMITTED transaction holding an advisory lock, so concurrent writes to one hot
     * key (a rate limit's counter) queue rather than fail serialization again and again; on SQLite
     * the single writer already runs one write at a time.
     */
    public <T> T writeExclusive(String lock, Function<DSLContext, T> work) {
        connections();
        if (postgres == null || postgresWrite.get() != null) { // SQLite's one writer, or joining a write
            return write(work);
        }
        return postgres.writeUnderLock(lock, joinable(work), settings);
    }

    /** PostgreSQL work in its transaction, which reads and writes made meanwhile on this thread join. */
    private <T> Function<DSLContext, T> joinable(Function<DSLContext, T> work) {
        return dsl -> {
            postgresWrite.set(dsl);
            try {
                return work.apply(dsl);
            } finally {
                postgresWrite.remove();
            }
        };
    }

    /** Transactions the writer has committed (or tried to): fewer than writes when writes queued. */
    public long commits() {
        return groupCommit.commits();
    }

    /**
     * The SQL of every statement the connections keep prepared, i.e. every query shape run lately:
     * the query-plan test checks each against the indexes. Waits for every connection to be free.
     */
    public java.util.SortedSet<String> preparedSql() {
        Connections connections = connections();
        if (postgres != null) {
            throw new UnsupportedOperationException("prepared statements are kept per connection only on SQLite");
        }
        java.util.SortedSet<String> sql = new java.util.TreeSet<>();
        groupCommit.lock();
        List<Connection> taken = new ArrayList<>();
        try {
            sql.addAll(((StatementCache) connections.writer()).sql());
            for (int i = 0; i < READERS; i++) {
                taken.add(connections.readers().take());
            }
            taken.forEach(reader -> sql.addAll(((StatementCache) reader).sql()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            connections.readers().addAll(taken);
            groupCommit.unlock();
        }
        return sql;
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
            var info = connections().flyway().info();
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
        Connections connections;
        try {
            connections = opened.join();
        } catch (CompletionException neverOpened) {
            return;
        }
        if (postgres != null) {
            postgres.close();
            return;
        }
        groupCommit.lock();
        try {
            closeQuietly(connections.writer());
            connections.allReaders().forEach(Database::closeQuietly);
        } finally {
            groupCommit.unlock();
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
