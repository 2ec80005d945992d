package net.sellmeapen.training;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import net.sellmeapen.errors.WrongStateException;

/**
 * Serialises the requests that change one session (its messages and its completion) on this
 * server: one lock per session, kept only while requests hold or wait for it, so there are never
 * more than requests in flight and an unrelated session never waits. Another instance's requests
 * are caught by the completion's check that the turns did not change.
 */
final class SessionLocks {

    /** A held lock; closing it lets the next request in. */
    interface Held extends AutoCloseable {
        @Override
        void close();
    }

    /** A session's lock and how many requests hold or wait for it (changed only inside the map's compute). */
    private static final class Entry {
        final ReentrantLock lock = new ReentrantLock();
        int users;
    }

    private final Duration wait;
    private final Map<String, Entry> locks = new ConcurrentHashMap<>();

    /** @param wait longest a request waits for another on the same session before a 409 */
    SessionLocks(Duration wait) {
        this.wait = wait;
    }

    /** Waits for the session's lock; a 409 ("busy") when it does not come within the wait. */
    Held lock(String sessionId) {
        Entry entry = locks.compute(sessionId, (id, held) -> {
            Entry lock = held == null ? new Entry() : held;
            lock.users++;
            return lock;
        });
        try {
            if (entry.lock.tryLock(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                return () -> {
                    entry.lock.unlock();
                    release(sessionId);
                };
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        release(sessionId);
        throw new WrongStateException("this session is busy with another request; try again in a moment");
    }

    /** Locks held or waited for now: for tests of the bound. */
    int size() {
        return locks.size();
    }

    /** One holder or waiter fewer; the entry goes when there are none. */
    private void release(String sessionId) {
        locks.computeIfPresent(sessionId, (id, lock) -> --lock.users == 0 ? null : lock);
    }
}
