package net.sellmeapen.admin;

import static net.sellmeapen.db.jooq.Tables.TRAINING_SESSIONS;
import static net.sellmeapen.db.jooq.Tables.USERS;

import java.time.Instant;
import net.sellmeapen.db.Database;
import net.sellmeapen.errors.InvalidInputException;
import net.sellmeapen.errors.NotFoundException;
import net.sellmeapen.errors.WrongStateException;
import net.sellmeapen.training.LiveCalls;
import net.sellmeapen.training.Status;

/**
 * The changes an admin can make: mark a stuck session abandoned, write a coaching note on a session,
 * and delete a trainee for good.
 */
public final class Moderation {

    /** Longest manager's note, in characters. */
    static final int MAX_NOTE_LENGTH = 2_000;

    /** What an admin types to confirm deleting a trainee. */
    static final String DELETE_CONFIRMATION = "DELETE";

    private final Database database;
    private final LiveCalls liveCalls;

    /** @param liveCalls told when a session is abandoned, so its voice call ends too */
    public Moderation(Database database, LiveCalls liveCalls) {
        this.database = database;
        this.liveCalls = liveCalls;
    }

    /** Marks an in-progress session abandoned, so it leaves the list of live sessions. */
    void abandon(String sessionId) {
        database.write(dsl -> {
            String status = dsl.select(TRAINING_SESSIONS.STATUS).from(TRAINING_SESSIONS)
                    .where(TRAINING_SESSIONS.ID.eq(sessionId)).fetchOne(TRAINING_SESSIONS.STATUS);
            if (status == null) {
                throw new NotFoundException("no training session with id '" + sessionId + "'");
            }
            if (!status.equals(Status.IN_PROGRESS.name())) {
                throw new WrongStateException("only a session in progress can be marked abandoned");
            }
            return dsl.update(TRAINING_SESSIONS).set(TRAINING_SESSIONS.STATUS, Status.ABANDONED.name())
                    .where(TRAINING_SESSIONS.ID.eq(sessionId)).execute();
        });
        liveCalls.ended(sessionId);
    }

    /** Sets the manager's note on a session (a blank note removes it), with when it was written. */
    void note(String sessionId, String note, Instant at) {
        String text = note == null ? "" : note.strip().replace("\r\n", "\n");
        if (text.codePointCount(0, text.length()) > MAX_NOTE_LENGTH) {
            throw new InvalidInputException("a note can be at most " + MAX_NOTE_LENGTH + " characters; this one has "
                    + text.codePointCount(0, text.length()));
        }
        if (text.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
            throw new InvalidInputException("a note cannot contain control characters");
        }
        int updated = database.write(dsl -> dsl.update(TRAINING_SESSIONS)
                .set(TRAINING_SESSIONS.MANAGER_NOTE, text.isEmpty() ? null : text)
                .set(TRAINING_SESSIONS.MANAGER_NOTE_AT, text.isEmpty() ? null : at)
                .where(TRAINING_SESSIONS.ID.eq(sessionId)).execute());
        if (updated == 0) {
            throw new NotFoundException("no training session with id '" + sessionId + "'");
        }
    }

    /** Deletes the trainee with every session and turn, once the admin typed the confirmation. */
    void deleteTrainee(String traineeId, String confirmation) {
        if (!DELETE_CONFIRMATION.equals(confirmation)) {
            throw new InvalidInputException("type " + DELETE_CONFIRMATION + " to confirm");
        }
        int deleted = database.write(dsl -> dsl.deleteFrom(USERS).where(USERS.ID.eq(traineeId)).execute());
        if (deleted == 0) {
            throw new NotFoundException("no trainee with id '" + traineeId + "'");
        }
    }
}
