-- Live voice calls, one row each, so "one call per session" and each trainee's share of calls hold
-- across app instances. The instance holding a call renews its rows every few seconds; a row not
-- renewed for half a minute is an instance that died and no longer counts. Another instance that
-- completes or abandons the session sets ending = 1, and the holder ends the call and deletes it.
CREATE TABLE voice_claims (
    session_id  TEXT     NOT NULL PRIMARY KEY REFERENCES training_sessions (id) ON DELETE CASCADE,
    user_id     TEXT     NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    instance    TEXT     NOT NULL,
    renewed_at  TEXT     NOT NULL,
    ending      INTEGER  NOT NULL DEFAULT 0
);
CREATE INDEX voice_claims_user ON voice_claims (user_id);
CREATE INDEX voice_claims_instance ON voice_claims (instance);
