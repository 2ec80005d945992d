package net.sellmeapen.voice;

import static net.sellmeapen.db.jooq.Tables.VOICE_CLAIMS;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.sellmeapen.db.Database;

/**
 * The live calls of every instance, in the database ({@code voice_claims}): a call is claimed
 * before its upstream is opened and released when it ends, so one session never has two calls and
 * a trainee never more than their share, whichever instances their sockets reach. A holder renews
 * its claims every {@link #RENEW_EVERY}; claims not renewed for {@link #STALE_AFTER} (an instance
 * that died) are swept by the next claim.
 */
final class VoiceClaims {

    static final Duration RENEW_EVERY = Duration.ofSeconds(5);
    static final Duration STALE_AFTER = Duration.ofSeconds(30);

    /** What a claim found: taken, or why not (with the trainee's calls counted). */
    sealed interface Outcome {
    }

    record Claimed() implements Outcome {
    }

    record AlreadyConnected() implements Outcome {
    }

    record TooManyCalls(int calls) implements Outcome {
    }

    private final Database database;
    private final String instance;
    private final Clock clock;

    VoiceClaims(Database database, String instance, Clock clock) {
        this.database = database;
        this.instance = instance;
        this.clock = clock;
    }

    /** Claims the session's call for this instance, unless it has one anywhere or its trainee has their share. */
    Outcome claim(String sessionId, String traineeId, int maxPerTrainee) {
        Instant now = clock.instant();
        return database.write(dsl -> {
            dsl.deleteFrom(VOICE_CLAIMS).where(VOICE_CLAIMS.RENEWED_AT.lt(now.minus(STALE_AFTER))).execute();
            if (dsl.fetchExists(VOICE_CLAIMS, VOICE_CLAIMS.SESSION_ID.eq(sessionId))) {
                return new AlreadyConnected();
            }
            int calls = dsl.fetchCount(VOICE_CLAIMS, VOICE_CLAIMS.USER_ID.eq(traineeId));
            if (calls >= maxPerTrainee) {
                return new TooManyCalls(calls);
            }
            int inserted = dsl.insertInto(VOICE_CLAIMS).set(VOICE_CLAIMS.SESSION_ID, sessionId)
                    .set(VOICE_CLAIMS.USER_ID, traineeId).set(VOICE_CLAIMS.INSTANCE, instance)
                    .set(VOICE_CLAIMS.RENEWED_AT, now).set(VOICE_CLAIMS.ENDING, 0)
                    .onConflictDoNothing().execute();
            return inserted == 1 ? new Claimed() : new AlreadyConnected();
        });
    }

    /** The call has ended here: its claim goes. */
    void release(String sessionId) {
        database.write(dsl -> dsl.deleteFrom(VOICE_CLAIMS).where(VOICE_CLAIMS.SESSION_ID.eq(sessionId))
                .and(VOICE_CLAIMS.INSTANCE.eq(instance)).execute());
    }

    /** This instance still holds its claims. */
    void renew() {
        Instant now = clock.instant();
        database.write(dsl -> dsl.update(VOICE_CLAIMS).set(VOICE_CLAIMS.RENEWED_AT, now)
                .where(VOICE_CLAIMS.INSTANCE.eq(instance)).execute());
    }

    /** Calls held here that another instance has asked to end. */
    List<String> endingHere() {
        return database.read(dsl -> dsl.select(VOICE_CLAIMS.SESSION_ID).from(VOICE_CLAIMS)
                .where(VOICE_CLAIMS.INSTANCE.eq(instance)).and(VOICE_CLAIMS.ENDING.eq(1)).fetch(VOICE_CLAIMS.SESSION_ID));
    }

    /** Asks whichever instance holds the session's call to end it; false when no instance does. */
    boolean askToEnd(String sessionId) {
        return database.write(dsl -> dsl.update(VOICE_CLAIMS).set(VOICE_CLAIMS.ENDING, 1)
                .where(VOICE_CLAIMS.SESSION_ID.eq(sessionId)).execute()) > 0;
    }

    /** Whether the session has a live call on any instance. */
    boolean isClaimed(String sessionId) {
        return database.read(dsl -> dsl.fetchExists(VOICE_CLAIMS, VOICE_CLAIMS.SESSION_ID.eq(sessionId)));
    }
}
