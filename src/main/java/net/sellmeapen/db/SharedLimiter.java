package net.sellmeapen.db;

import static net.sellmeapen.db.jooq.Tables.RATE_EVENTS;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import net.sellmeapen.security.RateLimiter;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.impl.DSL;

/**
 * A sliding-window limit kept in the shared database ({@code rate_events}), so every instance
 * counts the same events: each check and count is one transaction, alone among those of its key (on
 * PostgreSQL under an advisory lock, so a burst of one client's requests queues rather than fails
 * serialization); a key's events outside the window are deleted as it is counted, and every
 * {@value #SWEEP_EVERY}th count also deletes this limiter's old events of keys seen no more.
 */
public final class SharedLimiter implements RateLimiter {

    static final int SWEEP_EVERY = 500;

    private final Database database;
    private final String name;
    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final AtomicInteger counted = new AtomicInteger();

    public SharedLimiter(Database database, String name, int limit, Duration window, Clock clock) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
        this.database = database;
        this.name = name;
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    /** Limiters of one application in its database, all on the same clock. */
    public static RateLimiter.Factory factory(Database database, Clock clock) {
        return (name, limit, window, maxKeys) -> new SharedLimiter(database, name, limit, window, clock);
    }

    @Override
    public int limit() {
        return limit;
    }

    @Override
    public Duration window() {
        return window;
    }

    @Override
    public Optional<Duration> waitFor(String key) {
        Instant now = clock.instant();
        return database.read(dsl -> wait(dsl, key, now));
    }

    @Override
    public void record(String key) {
        Instant now = clock.instant();
        database.writeExclusive(lock(key), dsl -> {
            forget(dsl, key, now);
            insert(dsl, key, now);
            // a key never keeps more rows than its limit: the oldest beyond it can no longer matter
            int rows = dsl.fetchCount(RATE_EVENTS, inWindow(key, now));
            if (rows > limit) {
                dsl.deleteFrom(RATE_EVENTS).where(inWindow(key, now)).and(RATE_EVENTS.AT.le(
                        dsl.select(DSL.min(RATE_EVENTS.AT)).from(RATE_EVENTS).where(inWindow(key, now)))).execute();
            }
            return null;
        });
        sweepNow(now);
    }

    @Override
    public Optional<Duration> tryAcquire(String key) {
        Instant now = clock.instant();
        Optional<Duration> wait = database.writeExclusive(lock(key), dsl -> {
            forget(dsl, key, now);
            Optional<Duration> until = wait(dsl, key, now);
            if (until.isEmpty()) {
                insert(dsl, key, now);
            }
            return until;
        });
        if (wait.isEmpty()) {
            sweepNow(now);
        }
        return wait;
    }

    @Override
    public void clear(String key) {
        database.writeExclusive(lock(key), dsl -> dsl.deleteFrom(RATE_EVENTS).where(RATE_EVENTS.LIMITER.eq(name))
                .and(RATE_EVENTS.SUBJECT.eq(key)).execute());
    }

    /** One key's counts change one transaction at a time (many requests of one client at once queue). */
    private String lock(String key) {
        return "rate " + name + " " + key;
    }

    private Optional<Duration> wait(DSLContext dsl, String key, Instant now) {
        Record2<Integer, Instant> counts = dsl.select(DSL.count(), DSL.min(RATE_EVENTS.AT)).from(RATE_EVENTS)
                .where(inWindow(key, now)).fetchOne();
        if (counts == null || counts.value1() < limit) {
            return Optional.empty();
        }
        Duration until = Duration.between(now, counts.value2().plus(window));
        return Optional.of(until.isNegative() ? Duration.ZERO : until);
    }

    private org.jooq.Condition inWindow(String key, Instant now) {
        return RATE_EVENTS.LIMITER.eq(name).and(RATE_EVENTS.SUBJECT.eq(key)).and(RATE_EVENTS.AT.gt(now.minus(window)));
    }

    private void forget(DSLContext dsl, String key, Instant now) {
        dsl.deleteFrom(RATE_EVENTS).where(RATE_EVENTS.LIMITER.eq(name)).and(RATE_EVENTS.SUBJECT.eq(key))
                .and(RATE_EVENTS.AT.le(now.minus(window))).execute();
    }

    private void insert(DSLContext dsl, String key, Instant now) {
        dsl.insertInto(RATE_EVENTS, RATE_EVENTS.LIMITER, RATE_EVENTS.SUBJECT, RATE_EVENTS.AT).values(name, key, now)
                .execute();
    }

    private void sweepNow(Instant now) {
        if (counted.incrementAndGet() % SWEEP_EVERY == 0) {
            database.write(dsl -> dsl.deleteFrom(RATE_EVENTS).where(RATE_EVENTS.LIMITER.eq(name))
                    .and(RATE_EVENTS.AT.le(now.minus(window))).execute());
        }
    }

    /** Rows this limiter holds now: for tests of the bound. */
    int rows() {
        return database.read(dsl -> dsl.fetchCount(RATE_EVENTS, RATE_EVENTS.LIMITER.eq(name)));
    }
}
