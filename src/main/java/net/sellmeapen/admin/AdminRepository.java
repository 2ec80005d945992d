package net.sellmeapen.admin;

import static net.sellmeapen.db.jooq.Tables.TRAINING_SESSIONS;
import static net.sellmeapen.db.jooq.Tables.USERS;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import net.sellmeapen.coaching.DeliveryAnalytics;
import net.sellmeapen.conversation.Category;
import net.sellmeapen.conversation.Difficulty;
import net.sellmeapen.conversation.Turn;
import net.sellmeapen.db.Aggregates;
import net.sellmeapen.db.Database;
import net.sellmeapen.errors.NotFoundException;
import net.sellmeapen.evaluation.SalesEvaluation;
import net.sellmeapen.training.AnalyticsColumns;
import net.sellmeapen.training.CategoryColumns;
import net.sellmeapen.training.LeaderboardEntry;
import net.sellmeapen.training.SessionNotFoundException;
import net.sellmeapen.training.Status;
import net.sellmeapen.training.TrainingService;
import net.sellmeapen.training.TrainingSession;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** What the admin panel reads across all trainees: sessions, their conversations, trainees, leaderboards. */
public final class AdminRepository {

    private static final int LEADERBOARD_SIZE = 100;

    private final Database database;
    private final TrainingService training;

    public AdminRepository(Database database, TrainingService training) {
        this.database = database;
        this.training = training;
    }

    /** Filters for the session list; null fields do not filter. */
    record SessionFilter(Status status, Difficulty difficulty, String traineeId, String trainee, LocalDate from,
            LocalDate to) {
    }

    /** One line of the session list. */
    record SessionRow(String id, String userId, String trainee, String traineeEmail, String difficultyLevel,
            String mode, String status, String kind, String drill, boolean hints, String outcome, Integer totalScore,
            Integer weightedScore, Map<String, Integer> categoryScores, Instant startedAt, Instant completedAt,
            Long durationSeconds, String evaluator, String source, DeliveryAnalytics analytics, String managerNote,
            Instant managerNoteAt) {
    }

    /** A session with its conversation and scorecard. */
    record SessionDetail(SessionRow session, List<Turn> turns, SalesEvaluation evaluation) {
    }

    /** A trainee with their record. */
    record TraineeRow(String id, String name, String email, Instant createdAt, int sessions, int completed,
            Integer bestWeightedScore, Double averageWeightedScore, Instant lastActive, Double trend,
            Double averageTalkShare, Double averageQuestions, Double averageFillers) {
    }

    /** A page of sessions and how many match in all. */
    record Page<T>(List<T> items, int total, int page, int pageSize) {
        int pages() {
            return Math.max(1, (total + pageSize - 1) / pageSize);
        }
    }

    Page<SessionRow> sessions(SessionFilter filter, int page, int pageSize) {
        Condition where = conditions(filter);
        return database.read(dsl -> {
            int total = dsl.fetchCount(dsl.select().from(TRAINING_SESSIONS).join(USERS)
                    .on(USERS.ID.eq(TRAINING_SESSIONS.USER_ID)).where(where));
            List<SessionRow> rows = dsl.select(TRAINING_SESSIONS.asterisk(), USERS.NAME, USERS.EMAIL)
                    .from(TRAINING_SESSIONS).join(USERS).on(USERS.ID.eq(TRAINING_SESSIONS.USER_ID))
                    .where(where)
                    .orderBy(TRAINING_SESSIONS.STARTED_AT.desc(), TRAINING_SESSIONS.ID)
                    .limit(pageSize).offset((page - 1) * pageSize)
                    .fetch(AdminRepository::toRow);
            return new Page<>(rows, total, page, pageSize);
        });
    }

    /** Every session, oldest first, for exports. */
    List<SessionRow> allSessions() {
        return database.read(dsl -> dsl.select(TRAINING_SESSIONS.asterisk(), USERS.NAME, USERS.EMAIL)
                .from(TRAINING_SESSIONS).join(USERS).on(USERS.ID.eq(TRAINING_SESSIONS.USER_ID))
                .orderBy(TRAINING_SESSIONS.STARTED_AT, TRAINING_SESSIONS.ID)
                .fetch(AdminRepository::toRow));
    }

    /** The session's line in the list (trainee name, duration), for its detail page. */
    Optional<SessionRow> sessionRow(String id) {
        return database.read(dsl -> dsl.select(TRAINING_SESSIONS.asterisk(), USERS.NAME, USERS.EMAIL)
                .from(TRAINING_SESSIONS).join(USERS).on(USERS.ID.eq(TRAINING_SESSIONS.USER_ID))
                .where(TRAINING_SESSIONS.ID.eq(id)).fetchOptional(AdminRepository::toRow));
    }

    List<TraineeRow> trainees() {
        return database.read(dsl -> {
            Map<String, List<Integer>> scores = new LinkedHashMap<>();
            dsl.select(TRAINING_SESSIONS.USER_ID, TRAINING_SESSIONS.WEIGHTED_SCORE).from(TRAINING_SESSIONS)
                    .where(TRAINING_SESSIONS.STATUS.eq(Status.COMPLETED.name()))
                    .orderBy(TRAINING_SESSIONS.COMPLETED_AT)
                    .forEach(row -> scores.computeIfAbsent(row.value1(), key -> new ArrayList<>()).add(row.value2()));
            Field<Integer> count = DSL.count(TRAINING_SESSIONS.ID);
            Field<Integer> completed = DSL.count(TRAINING_SESSIONS.ID)
                    .filterWhere(TRAINING_SESSIONS.STATUS.eq(Status.COMPLETED.name()));
            Field<Integer> best = DSL.max(TRAINING_SESSIONS.WEIGHTED_SCORE);
            Field<Double> average = Aggregates.averageOneDecimal(TRAINING_SESSIONS.WEIGHTED_SCORE);
            Field<Instant> last = DSL.max(TRAINING_SESSIONS.STARTED_AT);
            Field<Double> talk = Aggregates.averageOneDecimal(TRAINING_SESSIONS.TALK_SHARE_PERCENT);
            Field<Double> questions = Aggregates.averageOneDecimal(TRAINING_SESSIONS.QUESTIONS);
            Field<Double> fillers = Aggregates.averageOneDecimal(TRAINING_SESSIONS.FILLERS_PER_100_WORDS);
            return dsl.select(USERS.ID, USERS.NAME, USERS.EMAIL, USERS.CREATED_AT, count, completed, best, average, last,
                            talk, questions, fillers)
                    .from(USERS).leftJoin(TRAINING_SESSIONS).on(TRAINING_SESSIONS.USER_ID.eq(USERS.ID))
                    .groupBy(USERS.ID)
                    .orderBy(DSL.coalesce(last, USERS.CREATED_AT).desc())
                    .fetch(row -> new TraineeRow(row.get(USERS.ID), row.get(USERS.NAME), row.get(USERS.EMAIL),
                            row.get(USERS.CREATED_AT), row.get(count), row.get(completed),
                            row.get(best), row.get(average), row.get(last),
                            trend(scores.getOrDefault(row.get(USERS.ID), List.of())), row.get(talk),
                            row.get(questions), row.get(fillers)));
        });
    }

    /**
     * How the trainee is moving: the average weighted score of their last three completed sessions
     * minus that of their first three (null with fewer than two).
     */
    static Double trend(List<Integer> weighted) {
        if (weighted.size() < 2) {
            return null;
        }
        int n = Math.min(3, weighted.size() / 2);
        double first = weighted.subList(0, n).stream().mapToInt(Integer::intValue).average().orElse(0);
        double last = weighted.subList(weighted.size() - n, weighted.size()).stream().mapToInt(Integer::intValue)
                .average().orElse(0);
        return Math.round((last - first) * 10) / 10.0;
    }

    TraineeRow trainee(String id) {
        return trainees().stream().filter(row -> row.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("no trainee with id '" + id + "'"));
    }

    /** The session's line in the list with its turns and scorecard. */
    SessionDetail detail(String id) {
        SessionRow row = sessionRow(id).orElseThrow(() -> new SessionNotFoundException(id));
        TrainingSession session = training.find(id).orElseThrow(() -> new SessionNotFoundException(id));
        return new SessionDetail(row, session.turns(), session.evaluation());
    }

    /** The best weighted score per trainee, overall and at each difficulty. */
    Map<String, List<LeaderboardEntry>> leaderboards() {
        Map<String, List<LeaderboardEntry>> boards = new LinkedHashMap<>();
        boards.put("OVERALL", training.leaderboard(null, LEADERBOARD_SIZE));
        for (Difficulty level : Difficulty.values()) {
            boards.put(level.name(), training.leaderboard(level, LEADERBOARD_SIZE));
        }
        return boards;
    }

    private static Condition conditions(SessionFilter filter) {
        Condition where = DSL.noCondition();
        if (filter.status() != null) {
            where = where.and(TRAINING_SESSIONS.STATUS.eq(filter.status().name()));
        }
        if (filter.difficulty() != null) {
            where = where.and(TRAINING_SESSIONS.DIFFICULTY_LEVEL.eq(filter.difficulty().name()));
        }
        if (filter.traineeId() != null) {
            where = where.and(TRAINING_SESSIONS.USER_ID.eq(filter.traineeId()));
        }
        if (filter.trainee() != null && !filter.trainee().isBlank()) {
            String pattern = "%" + filter.trainee().strip().toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            where = where.and(DSL.lower(USERS.NAME).like(pattern, '\\'));
        }
        if (filter.from() != null) {
            where = where.and(TRAINING_SESSIONS.STARTED_AT.ge(filter.from().atStartOfDay(ZoneOffset.UTC).toInstant()));
        }
        if (filter.to() != null) {
            where = where.and(TRAINING_SESSIONS.STARTED_AT.lt(filter.to().plusDays(1).atStartOfDay(ZoneOffset.UTC)
                    .toInstant()));
        }
        return where;
    }

    private static SessionRow toRow(Record row) {
        Instant started = row.get(TRAINING_SESSIONS.STARTED_AT);
        Instant completed = row.get(TRAINING_SESSIONS.COMPLETED_AT);
        Map<String, Integer> categories = new LinkedHashMap<>();
        for (Category category : Category.values()) {
            categories.put(category.key(), row.get(CategoryColumns.of(category)));
        }
        return new SessionRow(row.get(TRAINING_SESSIONS.ID), row.get(TRAINING_SESSIONS.USER_ID), row.get(USERS.NAME),
                row.get(USERS.EMAIL), row.get(TRAINING_SESSIONS.DIFFICULTY_LEVEL), row.get(TRAINING_SESSIONS.MODE),
                row.get(TRAINING_SESSIONS.STATUS), row.get(TRAINING_SESSIONS.KIND), row.get(TRAINING_SESSIONS.DRILL_SKILL),
                row.get(TRAINING_SESSIONS.HINTS) == 1, row.get(TRAINING_SESSIONS.OUTCOME),
                row.get(TRAINING_SESSIONS.TOTAL_SCORE), row.get(TRAINING_SESSIONS.WEIGHTED_SCORE),
                row.get(TRAINING_SESSIONS.TOTAL_SCORE) == null ? null : categories, started, completed,
                completed == null ? null : Duration.between(started, completed).toSeconds(),
                row.get(TRAINING_SESSIONS.EVALUATOR), row.get(TRAINING_SESSIONS.SOURCE), AnalyticsColumns.from(row),
                row.get(TRAINING_SESSIONS.MANAGER_NOTE), row.get(TRAINING_SESSIONS.MANAGER_NOTE_AT));
    }
}
