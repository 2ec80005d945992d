package net.sellmeapen.db;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * SQLite's single writer with group commit: work that arrives while another commit is under way
 * waits and is committed with the others waiting then, each in its own savepoint of one
 * transaction, so one failing rolls back alone; every caller is answered only after the commit.
 * Bounded: at most {@link #MAX_WAITING} writes wait, at most {@link #MAX_GROUP} share a commit.
 */
final class GroupCommit {

    /** Most writes committed together; the rest wait for the next commit. */
    private static final int MAX_GROUP = 64;
    /** Most writes waiting at once; beyond that a write is refused as the database being busy. */
    private static final int MAX_WAITING = 4_096;

    private final ReentrantLock writeLock = new ReentrantLock();
    private final BlockingQueue<Write<?>> waiting = new ArrayBlockingQueue<>(MAX_WAITING);
    private final AtomicLong commits = new AtomicLong();
    private final Settings settings;

    GroupCommit(Settings settings) {
        this.settings = settings;
    }

    /**
     * Runs work in a transaction on the writer connection and returns once it is committed; a write
     * inside a write is part of the same transaction. Work must not block on anything but the
     * database.
     */
    <T> T write(Connection writer, Function<DSLContext, T> work) {
        if (writeLock.isHeldByCurrentThread()) {
            return DSL.using(writer, SQLDialect.SQLITE, settings)
                    .transactionResult(configuration -> work.apply(configuration.dsl()));
        }
        Write<T> write = new Write<>(work);
        if (!waiting.offer(write)) {
            throw new DatabaseUnavailableException("the database is too busy: " + MAX_WAITING + " writes are waiting",
                    null);
        }
        writeLock.lock();
        try {
            while (!write.isDone()) {
                commitWaiting(writer);
            }
        } finally {
            writeLock.unlock();
        }
        return write.result();
    }

    /** Holds the writer (to read its statements, or to close it). */
    void lock() {
        writeLock.lock();
    }

    void unlock() {
        writeLock.unlock();
    }

    /** Transactions committed (or tried): fewer than writes when writes queued. */
    long commits() {
        return commits.get();
    }

    /** Commits up to {@link #MAX_GROUP} waiting writes in one transaction; called holding the write lock. */
    private void commitWaiting(Connection writer) {
        List<Write<?>> group = new ArrayList<>();
        waiting.drainTo(group, MAX_GROUP);
        if (group.isEmpty()) {
            return;
        }
        DSLContext dsl = DSL.using(writer, SQLDialect.SQLITE, settings);
        commits.incrementAndGet();
        try {
            if (group.size() == 1) { // alone: its own transaction, no savepoint needed
                Write<?> only = group.get(0);
                try {
                    dsl.transaction(configuration -> only.run(configuration.dsl()));
                } catch (RuntimeException e) {
                    only.failed(e);
                }
                return;
            }
            dsl.transaction(configuration -> {
                for (Write<?> write : group) {
                    try {
                        configuration.dsl().transaction(savepoint -> write.run(savepoint.dsl()));
                    } catch (RuntimeException e) {
                        write.failed(e);
                    }
                }
            });
        } catch (RuntimeException commitFailed) {
            group.forEach(write -> write.failed(commitFailed));
        } catch (Error e) {
            group.forEach(write -> write.failed(new DatabaseUnavailableException("a write failed: " + e, e)));
            throw e;
        } finally {
            group.forEach(Write::finish); // every caller is answered, whatever happened
        }
    }

    /** One caller's write: its work, then its result or exception once the commit is decided. */
    private static final class Write<T> {
        private final Function<DSLContext, T> work;
        private T result;
        private RuntimeException failure;
        private boolean done;

        Write(Function<DSLContext, T> work) {
            this.work = work;
        }

        void run(DSLContext dsl) {
            result = work.apply(dsl);
        }

        void failed(RuntimeException e) {
            if (failure == null) {
                failure = e;
            }
        }

        void finish() {
            done = true;
        }

        boolean isDone() {
            return done;
        }

        T result() {
            if (failure != null) {
                throw failure;
            }
            return result;
        }
    }
}
