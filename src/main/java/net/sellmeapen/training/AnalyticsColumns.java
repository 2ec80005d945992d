package net.sellmeapen.training;

import static net.sellmeapen.db.jooq.Tables.TRAINING_SESSIONS;

import net.sellmeapen.coaching.DeliveryAnalytics;
import org.jooq.Record;

/** Reads a session's stored delivery analytics back from its columns, for the training and admin views. */
public final class AnalyticsColumns {

    private AnalyticsColumns() {
    }

    /** The analytics in a row that holds the {@code training_sessions} columns; null before completion. */
    public static DeliveryAnalytics from(Record row) {
        Integer talkShare = row.get(TRAINING_SESSIONS.TALK_SHARE_PERCENT);
        if (talkShare == null) {
            return null;
        }
        Float fillers = row.get(TRAINING_SESSIONS.FILLERS_PER_100_WORDS);
        return new DeliveryAnalytics(talkShare, row.get(TRAINING_SESSIONS.SPEAKING_SHARE_PERCENT),
                row.get(TRAINING_SESSIONS.QUESTIONS), row.get(TRAINING_SESSIONS.OPEN_QUESTIONS),
                row.get(TRAINING_SESSIONS.TURNS_TO_FIRST_QUESTION), row.get(TRAINING_SESSIONS.LONGEST_MONOLOGUE_WORDS),
                fillers == null ? 0 : Math.round(fillers * 10) / 10.0, row.get(TRAINING_SESSIONS.WORDS_PER_MINUTE));
    }
}
