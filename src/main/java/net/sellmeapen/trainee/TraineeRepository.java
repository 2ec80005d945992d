package net.sellmeapen.trainee;

import static net.sellmeapen.db.jooq.Tables.AUTH_TOKENS;
import static net.sellmeapen.db.jooq.Tables.RESET_CODES;
import static net.sellmeapen.db.jooq.Tables.USERS;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.sellmeapen.db.Database;
import net.sellmeapen.db.jooq.tables.records.UsersRecord;

/**
 * Stores trainees ({@code users}), their bearer tokens ({@code auth_tokens}, one per device, by
 * SHA-256) and one-time reset codes ({@code reset_codes}, by SHA-256). Password hashes are read
 * only to check a password and never leave this package.
 */
public final class TraineeRepository {

    /** Most tokens one trainee holds at once: signing in on a 21st device retires the oldest. */
    static final int MAX_TOKENS_PER_TRAINEE = 20;

    private final Database database;

    public TraineeRepository(Database database) {
        this.database = database;
    }

    /** A trainee with the stored hash of their password (null when none). */
    record Account(Trainee trainee, String passwordHash) {
    }

    /** The trainee a token belongs to, and when the token expires. */
    record TokenOwner(Trainee trainee, Instant expiresAt) {
    }

    /** Inserts the trainee with their first token; false when the email is already taken. */
    boolean insert(Trainee trainee, String passwordHash, String tokenHash, Instant expiresAt) {
        return database.write(dsl -> {
            if (trainee.email() != null && dsl.fetchExists(USERS, USERS.EMAIL.eq(trainee.email()))) {
                return false;
            }
            dsl.insertInto(USERS)
                    .set(USERS.ID, trainee.id())
                    .set(USERS.NAME, trainee.name())
                    .set(USERS.EMAIL, trainee.email())
                    .set(USERS.PASSWORD_HASH, passwordHash)
                    .set(USERS.CREATED_AT, trainee.createdAt())
                    .execute();
            dsl.insertInto(AUTH_TOKENS)
                    .set(AUTH_TOKENS.TOKEN_HASH, tokenHash)
                    .set(AUTH_TOKENS.USER_ID, trainee.id())
                    .set(AUTH_TOKENS.CREATED_AT, trainee.createdAt())
                    .set(AUTH_TOKENS.EXPIRES_AT, expiresAt)
                    .execute();
            return true;
        });
    }

    /** Issues another token to the trainee, dropping their expired ones and, past the limit, the oldest. */
    void addToken(String userId, String tokenHash, Instant now, Instant expiresAt) {
        database.write(dsl -> {
            dsl.deleteFrom(AUTH_TOKENS).where(AUTH_TOKENS.USER_ID.eq(userId)).and(AUTH_TOKENS.EXPIRES_AT.le(now))
                    .execute();
            List<String> kept = dsl.select(AUTH_TOKENS.TOKEN_HASH).from(AUTH_TOKENS)
                    .where(AUTH_TOKENS.USER_ID.eq(userId)).orderBy(AUTH_TOKENS.CREATED_AT.desc())
                    .limit(MAX_TOKENS_PER_TRAINEE - 1).fetch(AUTH_TOKENS.TOKEN_HASH);
            dsl.deleteFrom(AUTH_TOKENS).where(AUTH_TOKENS.USER_ID.eq(userId)).and(AUTH_TOKENS.TOKEN_HASH.notIn(kept))
                    .execute();
            return dsl.insertInto(AUTH_TOKENS)
                    .set(AUTH_TOKENS.TOKEN_HASH, tokenHash)
                    .set(AUTH_TOKENS.USER_ID, userId)
                    .set(AUTH_TOKENS.CREATED_AT, now)
                    .set(AUTH_TOKENS.EXPIRES_AT, expiresAt)
                    .execute();
        });
    }

    Optional<TokenOwner> findByTokenHash(String tokenHash) {
        return database.read(dsl -> dsl.select(USERS.asterisk(), AUTH_TOKENS.EXPIRES_AT).from(AUTH_TOKENS)
                .join(USERS).on(USERS.ID.eq(AUTH_TOKENS.USER_ID))
                .where(AUTH_TOKENS.TOKEN_HASH.eq(tokenHash))
                .fetchOptional(row -> new TokenOwner(toTrainee(row.into(USERS)), row.get(AUTH_TOKENS.EXPIRES_AT))));
    }

    void extendToken(String tokenHash, Instant expiresAt) {
        database.write(dsl -> dsl.update(AUTH_TOKENS).set(AUTH_TOKENS.EXPIRES_AT, expiresAt)
                .where(AUTH_TOKENS.TOKEN_HASH.eq(tokenHash)).execute());
    }

    void deleteToken(String tokenHash) {
        database.write(dsl -> dsl.deleteFrom(AUTH_TOKENS).where(AUTH_TOKENS.TOKEN_HASH.eq(tokenHash)).execute());
    }

    Optional<Account> findByEmail(String email) {
        return database.read(dsl -> dsl.selectFrom(USERS).where(USERS.EMAIL.eq(email)).fetchOptional(this::toAccount));
    }

    /** Trainees with this name (any case) who have a password: the only ones who can sign in by name. */
    List<Account> findWithPasswordByName(String name) {
        return database.read(dsl -> dsl.selectFrom(USERS).where(USERS.NAME.equalIgnoreCase(name))
                .and(USERS.PASSWORD_HASH.isNotNull()).limit(10).fetch(this::toAccount));
    }

    Optional<Account> findById(String id) {
        return database.read(dsl -> dsl.selectFrom(USERS).where(USERS.ID.eq(id)).fetchOptional(this::toAccount));
    }

    /** Sets the password hash and revokes every token of the trainee except {@code keepTokenHash} (if any). */
    void setPassword(String userId, String passwordHash, String keepTokenHash) {
        database.write(dsl -> {
            dsl.update(USERS).set(USERS.PASSWORD_HASH, passwordHash).where(USERS.ID.eq(userId)).execute();
            return dsl.deleteFrom(AUTH_TOKENS).where(AUTH_TOKENS.USER_ID.eq(userId))
                    .and(keepTokenHash == null ? AUTH_TOKENS.TOKEN_HASH.isNotNull()
                            : AUTH_TOKENS.TOKEN_HASH.ne(keepTokenHash))
                    .execute();
        });
    }

    /** Stores a new reset code for the trainee, replacing any earlier one; false when there is no such trainee. */
    boolean replaceResetCode(String userId, String codeHash, Instant now, Instant expiresAt) {
        return database.write(dsl -> {
            if (!dsl.fetchExists(USERS, USERS.ID.eq(userId))) {
                return false;
            }
            dsl.deleteFrom(RESET_CODES).where(RESET_CODES.USER_ID.eq(userId).or(RESET_CODES.EXPIRES_AT.le(now)))
                    .execute();
            dsl.insertInto(RESET_CODES)
                    .set(RESET_CODES.CODE_HASH, codeHash)
                    .set(RESET_CODES.USER_ID, userId)
                    .set(RESET_CODES.CREATED_AT, now)
                    .set(RESET_CODES.EXPIRES_AT, expiresAt)
                    .execute();
            return true;
        });
    }

    /**
     * Uses up a reset code: when it is known and unexpired, it is deleted, the trainee's password set,
     * all their tokens revoked and {@code newTokenHash} issued, in one transaction. Returns the trainee.
     */
    Optional<Trainee> redeemResetCode(String codeHash, Instant now, String passwordHash, String newTokenHash,
            Instant tokenExpiresAt) {
        return database.write(dsl -> {
            var code = dsl.selectFrom(RESET_CODES).where(RESET_CODES.CODE_HASH.eq(codeHash)).fetchOne();
            if (code == null) {
                return Optional.<Trainee>empty();
            }
            dsl.deleteFrom(RESET_CODES).where(RESET_CODES.CODE_HASH.eq(codeHash)).execute();
            if (!code.getExpiresAt().isAfter(now)) {
                return Optional.<Trainee>empty();
            }
            String userId = code.getUserId();
            dsl.update(USERS).set(USERS.PASSWORD_HASH, passwordHash).where(USERS.ID.eq(userId)).execute();
            dsl.deleteFrom(AUTH_TOKENS).where(AUTH_TOKENS.USER_ID.eq(userId)).execute();
            dsl.insertInto(AUTH_TOKENS)
                    .set(AUTH_TOKENS.TOKEN_HASH, newTokenHash)
                    .set(AUTH_TOKENS.USER_ID, userId)
                    .set(AUTH_TOKENS.CREATED_AT, now)
                    .set(AUTH_TOKENS.EXPIRES_AT, tokenExpiresAt)
                    .execute();
            return Optional.of(toTrainee(dsl.selectFrom(USERS).where(USERS.ID.eq(userId)).fetchOne()));
        });
    }

    private Account toAccount(UsersRecord row) {
        return new Account(toTrainee(row), row.getPasswordHash());
    }

    private static Trainee toTrainee(UsersRecord row) {
        return new Trainee(row.getId(), row.getName(), row.getEmail(), row.getCreatedAt(),
                row.getPasswordHash() != null);
    }
}
