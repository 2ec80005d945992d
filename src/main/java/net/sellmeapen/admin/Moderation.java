package net.sellmeapen.admin;

import static net.sellmeapen.db.jooq.Tables.TRAINING_SESSIONS;
import static net.sellmeapen.db.jooq.Tables.USERS;

import net.sellmeapen.db.Database;
import net.sellmeapen.errors.InvalidInputException;
import net.sellmeapen.errors.NotFoundException;
import net.sellmeapen.errors.WrongStateException;
import net.sellmeapen.training.Status;

/** The two changes an admin can make: mark a stuck session abandoned, and delete a trainee for good. */
public final class Moderation {

    /** What an admin types to confirm deleting a trainee. */
    static final String DELETE_CONFIRMATION = "DELETE";

    private final Database database;

    public Moderation(Database database) {
        this.database = database;
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
