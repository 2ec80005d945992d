-- Where a session's conversation came from: recorded by the server as it happened, or pasted into
-- complete by the client (self-reported: scored, but never ranked, and its outcome is not trusted).
ALTER TABLE training_sessions
    ADD COLUMN source TEXT NOT NULL DEFAULT 'SERVER_RECORDED' CHECK (source IN ('SERVER_RECORDED', 'SELF_REPORTED'));

CREATE INDEX training_sessions_ranked ON training_sessions (status, source, weighted_score);
