-- Accounts (PostgreSQL): the same schema as sqlite/V4__accounts.sql reaches, by PostgreSQL's own
-- means — a trainee may set a password (Argon2id, PHC string), bearer tokens move to their own
-- table (one per device, each expiring on its own), admins can issue one-time reset codes, and
-- sessions gain a manager's coaching note. PostgreSQL can drop a column in place, so users is not
-- rebuilt; created_at is moved behind the new password_hash so the columns stand in the order
-- SQLite's rebuild gives them. The whole script runs in Flyway's transaction.

ALTER TABLE users ADD COLUMN password_hash TEXT;

CREATE TABLE auth_tokens (
    token_hash    TEXT    NOT NULL PRIMARY KEY,
    user_id       TEXT    NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at    TEXT    NOT NULL,
    expires_at    TEXT    NOT NULL
);
-- every token issued so far keeps working for the usual 30 days from now (times are ISO-8601 UTC text)
INSERT INTO auth_tokens (token_hash, user_id, created_at, expires_at)
    SELECT token_hash, id, created_at,
           to_char((now() AT TIME ZONE 'UTC') + INTERVAL '30 days', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
    FROM users;

ALTER TABLE users DROP COLUMN token_hash;
ALTER TABLE users ADD COLUMN created_at_moved TEXT;
UPDATE users SET created_at_moved = created_at;
ALTER TABLE users DROP COLUMN created_at;
ALTER TABLE users RENAME COLUMN created_at_moved TO created_at;
ALTER TABLE users ALTER COLUMN created_at SET NOT NULL;
CREATE INDEX users_name ON users (lower(name));
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
