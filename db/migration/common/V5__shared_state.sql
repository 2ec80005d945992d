-- State that must hold whichever app instance a request lands on, when several instances share
-- one PostgreSQL (on SQLite there is one instance, and these tables serve it the same way).
--
-- voice_tickets: the one-use, 30-second tickets that let a browser open the voice WebSocket; only a
-- ticket's SHA-256 is kept, and redeeming one deletes it.
CREATE TABLE voice_tickets (
    ticket_hash  TEXT    NOT NULL PRIMARY KEY,
    session_id   TEXT    NOT NULL REFERENCES training_sessions (id) ON DELETE CASCADE,
    user_id      TEXT    NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    expires_at   TEXT    NOT NULL
);
CREATE INDEX voice_tickets_expires ON voice_tickets (expires_at);

-- rate_events: one row per counted event of a sliding-window limit (sign-ins, registrations,
-- admin guesses, sessions and messages per trainee), when the limits are shared (PostgreSQL). A
-- subject (an address, an account, a trainee) keeps at most its limit's rows; older ones go.
CREATE TABLE rate_events (
    limiter  TEXT    NOT NULL,
    subject  TEXT    NOT NULL,
    at       TEXT    NOT NULL
);
CREATE INDEX rate_events_subject ON rate_events (limiter, subject, at);
CREATE INDEX rate_events_at ON rate_events (limiter, at);
