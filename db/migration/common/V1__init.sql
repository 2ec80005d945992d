-- The whole schema of Sell Me A Pen. Times are ISO-8601 UTC instants stored as TEXT
-- ("2026-11-28T01:49:50.123Z"), so SQLite's date functions work on them directly.

CREATE TABLE users (
    id          TEXT    NOT NULL PRIMARY KEY,
    name        TEXT    NOT NULL,
    email       TEXT    UNIQUE,
    token_hash  TEXT    NOT NULL UNIQUE,
    created_at  TEXT    NOT NULL
);

CREATE TABLE training_sessions (
    id                        TEXT    NOT NULL PRIMARY KEY,
    user_id                   TEXT    NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    difficulty_level          TEXT    NOT NULL CHECK (difficulty_level IN ('EASY', 'MEDIUM', 'HARD', 'EXPERT')),
    mode                      TEXT    NOT NULL CHECK (mode IN ('TEXT', 'VOICE')),
    status                    TEXT    NOT NULL CHECK (status IN ('IN_PROGRESS', 'COMPLETED', 'ABANDONED')),
    outcome                   TEXT             CHECK (outcome IN ('SALE', 'NO_SALE')),
    started_at                TEXT    NOT NULL,
    completed_at              TEXT,
    transcript                TEXT,
    total_score               INTEGER,
    weighted_score            INTEGER,
    needs_discovery_score     INTEGER,
    value_proposition_score   INTEGER,
    urgency_creation_score    INTEGER,
    objection_handling_score  INTEGER,
    closing_technique_score   INTEGER,
    feedback                  TEXT,
    evaluator                 TEXT
);

CREATE INDEX training_sessions_user_started ON training_sessions (user_id, started_at);
CREATE INDEX training_sessions_status_started ON training_sessions (status, started_at);
CREATE INDEX training_sessions_weighted ON training_sessions (weighted_score);

CREATE TABLE session_turns (
    session_id  TEXT    NOT NULL REFERENCES training_sessions (id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    speaker     TEXT    NOT NULL CHECK (speaker IN ('TRAINEE', 'BUYER')),
    text        TEXT    NOT NULL,
    at          TEXT    NOT NULL,
    PRIMARY KEY (session_id, seq)
);
