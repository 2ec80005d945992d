-- Coaching: delivery analytics stored with each completed session, drills (short sessions that
-- practise one skill, never ranked), in-chat hints (marked, never ranked), and how long each spoken
-- turn took in a voice session.
ALTER TABLE training_sessions ADD COLUMN kind TEXT NOT NULL DEFAULT 'PRACTICE' CHECK (kind IN ('PRACTICE', 'DRILL'));
ALTER TABLE training_sessions ADD COLUMN drill_skill TEXT CHECK (drill_skill IN ('needsDiscovery',
    'valueProposition', 'urgencyCreation', 'objectionHandling', 'closingTechnique'));
ALTER TABLE training_sessions ADD COLUMN hints INTEGER NOT NULL DEFAULT 0 CHECK (hints IN (0, 1));

ALTER TABLE training_sessions ADD COLUMN talk_share_percent INTEGER;
ALTER TABLE training_sessions ADD COLUMN speaking_share_percent INTEGER;
ALTER TABLE training_sessions ADD COLUMN questions INTEGER;
ALTER TABLE training_sessions ADD COLUMN open_questions INTEGER;
ALTER TABLE training_sessions ADD COLUMN turns_to_first_question INTEGER;
ALTER TABLE training_sessions ADD COLUMN longest_monologue_words INTEGER;
ALTER TABLE training_sessions ADD COLUMN fillers_per_100_words REAL;
ALTER TABLE training_sessions ADD COLUMN words_per_minute INTEGER;

ALTER TABLE session_turns ADD COLUMN spoken_ms INTEGER;
