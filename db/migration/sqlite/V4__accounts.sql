-- Accounts: a trainee may set a password (Argon2id, PHC string) and sign in again from any device.
-- Bearer tokens move to their own table, so a trainee can hold several (one per device), each
-- expiring on its own and revoked alone at sign-out. Admins can issue one-time reset codes.
-- Sessions gain a manager's coaching note.
--
-- users loses its single token column, which SQLite can only do by rebuilding the table. The
-- rebuild follows SQLite's documented procedure: foreign keys off (so dropping the old table does
-- not cascade to the sessions), one transaction (a savepoint: Flyway reads BEGIN as a block), a
-- foreign key check, foreign keys back on. That is why this script runs outside Flyway's
-- transaction (V4__accounts.sql.conf).
PRAGMA foreign_keys = OFF;

SAVEPOINT rebuild_users;

CREATE TABLE users_rebuilt (
    id             TEXT    NOT NULL PRIMARY KEY,
    name           TEXT    NOT NULL,
    email          TEXT    UNIQUE,
    password_hash  TEXT,
    created_at     TEXT    NOT NULL
);
INSERT INTO users_rebuilt (id, name, email, created_at) SELECT id, name, email, created_at FROM users;

CREATE TABLE auth_tokens (
    token_hash    TEXT    NOT NULL PRIMARY KEY,
    user_id       TEXT    NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at    TEXT    NOT NULL,
    expires_at    TEXT    NOT NULL
);
-- every token issued so far keeps working for the usual 30 days from now
INSERT INTO auth_tokens (token_hash, user_id, created_at, expires_at)
    SELECT token_hash, id, created_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '+30 days') FROM users;

DROP TABLE users;
ALTER TABLE users_rebuilt RENAME TO users;
CREATE INDEX users_name ON users (name COLLATE NOCASE);
CREATE INDEX auth_tokens_user ON auth_tokens (user_id);

CREATE TABLE reset_codes (
    code_hash   TEXT    NOT NULL PRIMARY KEY,
    user_id     TEXT    NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at  TEXT    NOT NULL,
    expires_at  TEXT    NOT NULL
);
CREATE INDEX reset_codes_user ON reset_codes (user_id);

ALTER TABLE training_sessions ADD COLUMN manager_note TEXT;
ALTER TABLE training_sessions ADD COLUMN manager_note_at TEXT;

PRAGMA foreign_key_check;

RELEASE rebuild_users;

PRAGMA foreign_keys = ON;
