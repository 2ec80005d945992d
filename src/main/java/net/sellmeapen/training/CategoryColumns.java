package net.sellmeapen.training;

import static net.sellmeapen.db.jooq.Tables.TRAINING_SESSIONS;

import java.util.Map;
import net.sellmeapen.db.jooq.tables.records.TrainingSessionsRecord;
import net.sellmeapen.conversation.Category;
import org.jooq.TableField;

/** The column of {@code training_sessions} that stores each category's score, for SQL over scores. */
public final class CategoryColumns {

    private static final Map<Category, TableField<TrainingSessionsRecord, Integer>> COLUMNS = Map.of(
            Category.NEEDS_DISCOVERY, TRAINING_SESSIONS.NEEDS_DISCOVERY_SCORE,
            Category.VALUE_PROPOSITION, TRAINING_SESSIONS.VALUE_PROPOSITION_SCORE,
            Category.URGENCY_CREATION, TRAINING_SESSIONS.URGENCY_CREATION_SCORE,
            Category.OBJECTION_HANDLING, TRAINING_SESSIONS.OBJECTION_HANDLING_SCORE,
            Category.CLOSING_TECHNIQUE, TRAINING_SESSIONS.CLOSING_TECHNIQUE_SCORE);

    private CategoryColumns() {
    }

    public static TableField<TrainingSessionsRecord, Integer> of(Category category) {
        return COLUMNS.get(category);
    }
}
