package net.sellmeapen.trainee;

import static net.sellmeapen.db.jooq.Tables.USERS;

import java.util.Optional;
import net.sellmeapen.db.Database;
import net.sellmeapen.db.jooq.tables.records.UsersRecord;

/** Stores trainees in the {@code users} table. */
public final class TraineeRepository {

    private final Database database;

    public TraineeRepository(Database database) {
        this.database = database;
    }

    /** Inserts the trainee; false when the email is already taken. */
    boolean insert(Trainee trainee, String tokenHash) {
        return database.write(dsl -> {
            if (trainee.email() != null && dsl.fetchExists(USERS, USERS.EMAIL.eq(trainee.email()))) {
                return false;
            }
            dsl.insertInto(USERS)
                    .set(USERS.ID, trainee.id())
                    .set(USERS.NAME, trainee.name())
                    .set(USERS.EMAIL, trainee.email())
                    .set(USERS.TOKEN_HASH, tokenHash)
                    .set(USERS.CREATED_AT, trainee.createdAt())
                    .execute();
            return true;
        });
    }

    Optional<Trainee> findByTokenHash(String tokenHash) {
        return database.read(dsl -> dsl.selectFrom(USERS).where(USERS.TOKEN_HASH.eq(tokenHash)).fetchOptional())
                .map(TraineeRepository::toTrainee);
    }

    private static Trainee toTrainee(UsersRecord row) {
        return new Trainee(row.getId(), row.getName(), row.getEmail(), row.getCreatedAt());
    }
}
