package net.sellmeapen.admin;

import static net.sellmeapen.db.jooq.Tables.TRAINING_SESSIONS;
import static net.sellmeapen.db.jooq.Tables.USERS;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.sellmeapen.db.Database;
import net.sellmeapen.evaluation.Category;
import net.sellmeapen.evaluation.SalesEvaluation;
import net.sellmeapen.training.Difficulty;
import net.sellmeapen.training.Status;
import net.sellmeapen.training.Turn;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** Everything the admin panel reads and changes, across all trainees. */
final class AdminRepository {

    private final Database database;

    AdminRepository(Database database) {
        this.database = database;
    }

    /** Filters for the session list; null fields do not filter. */
    record SessionFilter(Status status, Difficulty difficulty, String trainee, LocalDate from, LocalDate to) {
    }

    /** One line of the session list. */
    record SessionRow(String id, String userId, String trainee, String difficultyLevel, String mode, String status,
            String outcome, Integer totalScore, Integer weightedScore, Instant startedAt, Instant completedAt,
            Long durationSeconds, String evaluator) {
    }

    /** A session with its conversation and scorecard. */
    record SessionDetail(SessionRow session, List<Turn> turns, SalesEvaluation evaluation) {
    }

    /** A trainee with their record. */
    record TraineeRow(String id, String name, String email, Instant createdAt, int sessions, int completed,
            Integer bestWeightedScore, Double averageWeightedScore, Instant lastActive, Double trend) {
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
            List<SessionRow> rows = dsl.select(TRAINING_SESSIONS.asterisk(), USERS.NAME)
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
        return database.read(dsl -> dsl.select(TRAINING_SESSIONS.asterisk(), USERS.NAME)
                .from(TRAINING_SESSIONS).join(USERS).on(USERS.ID.eq(TRAINING_SESSIONS.USER_ID))
                .orderBy(TRAINING_SESSIONS.STARTED_AT, TRAINING_SESSIONS.ID)
                .fetch(AdminRepository::toRow));
    }

    /** The session's line in the list (trainee name, duration), for its detail page. */
    Optional<SessionRow> sessionRow(String id) {
        return database.read(dsl -> dsl.select(TRAINING_SESSIONS.asterisk(), USERS.NAME)
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
            Field<BigDecimal> average = DSL.avg(TRAINING_SESSIONS.WEIGHTED_SCORE);
            Field<String> last = DSL.max(TRAINING_SESSIONS.STARTED_AT);
            return dsl.select(USERS.ID, USERS.NAME, USERS.EMAIL, USERS.CREATED_AT, count, completed, best, average, last)
                    .from(USERS).leftJoin(TRAINING_SESSIONS).on(TRAINING_SESSIONS.USER_ID.eq(USERS.ID))
                    .groupBy(USERS.ID)
                    .orderBy(DSL.coalesce(last, USERS.CREATED_AT).desc())
                    .fetch(row -> new TraineeRow(row.get(USERS.ID), row.get(USERS.NAME), row.get(USERS.EMAIL),
                            Instant.parse(row.get(USERS.CREATED_AT)), row.get(count), row.get(completed),
                            row.get(best), oneDecimal(row.get(average)),
                            row.get(last) == null ? null : Instant.parse(row.get(last)),
                            trend(scores.getOrDefault(row.get(USERS.ID), List.of()))));
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

    /** Marks a stuck in-progress session abandoned; false when it is not in progress. */
    boolean abandon(String id) {
        return database.write(dsl -> dsl.update(TRAINING_SESSIONS)
                .set(TRAINING_SESSIONS.STATUS, Status.ABANDONED.name())
                .where(TRAINING_SESSIONS.ID.eq(id)).and(TRAINING_SESSIONS.STATUS.eq(Status.IN_PROGRESS.name()))
                .execute() == 1);
    }

    /** Deletes a trainee with their sessions and turns; false when there is no such trainee. */
    boolean deleteTrainee(String id) {
        return database.write(dsl -> dsl.deleteFrom(USERS).where(USERS.ID.eq(id)).execute() == 1);
    }

    Optional<TraineeRow> trainee(String id) {
        return trainees().stream().filter(row -> row.id().equals(id)).findFirst();
    }

    // ---- statistics ----

    /** The numbers behind the statistics page; all computed in SQL. */
    record Statistics(Map<String, Integer> sessionsPerDay, Map<String, Double> averageTotalByDifficulty,
            Map<String, Double> averageByCategory, Map<String, Integer> scoreDistribution,
            Map<String, Double> saleRateByDifficulty, int sessions, int completed) {
    }

    Statistics statistics(Instant now) {
        return database.read(dsl -> {
            LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
            Map<String, Integer> perDay = new LinkedHashMap<>();
            for (int i = 29; i >= 0; i--) {
                perDay.put(today.minusDays(i).toString(), 0);
            }
            Field<String> day = DSL.field("date({0})", String.class, TRAINING_SESSIONS.STARTED_AT);
            dsl.select(day, DSL.count()).from(TRAINING_SESSIONS)
                    .where(day.ge(today.minusDays(29).toString()))
                    .groupBy(day)
                    .forEach(row -> perDay.computeIfPresent(row.value1(), (key, old) -> row.value2()));

            Condition completed = TRAINING_SESSIONS.STATUS.eq(Status.COMPLETED.name());
            Map<String, Double> byDifficulty = new LinkedHashMap<>();
            Map<String, Double> saleRate = new LinkedHashMap<>();
            Field<BigDecimal> avgTotal = DSL.avg(TRAINING_SESSIONS.TOTAL_SCORE);
            Field<Integer> done = DSL.count();
            Field<Integer> sales = DSL.count().filterWhere(TRAINING_SESSIONS.OUTCOME.eq("SALE"));
            Map<String, Record> rows = new LinkedHashMap<>();
            dsl.select(TRAINING_SESSIONS.DIFFICULTY_LEVEL, avgTotal, done, sales).from(TRAINING_SESSIONS)
                    .where(completed).groupBy(TRAINING_SESSIONS.DIFFICULTY_LEVEL)
                    .forEach(row -> rows.put(row.value1(), row));
            for (Difficulty level : Difficulty.values()) {
                Record row = rows.get(level.name());
                byDifficulty.put(level.name(), row == null ? null : oneDecimal(row.get(avgTotal)));
                saleRate.put(level.name(), row == null ? null
                        : Math.round(1000.0 * row.get(sales) / row.get(done)) / 10.0);
            }

            Map<String, Double> byCategory = new LinkedHashMap<>();
            for (Category category : Category.values()) {
                Field<Integer> column = DSL.field(DSL.name(columnOf(category)), Integer.class);
                byCategory.put(category.key(), oneDecimal(dsl.select(DSL.avg(column)).from(TRAINING_SESSIONS)
                        .where(completed).fetchOne(0, BigDecimal.class)));
            }

            Map<String, Integer> distribution = new LinkedHashMap<>();
            for (int low = 0; low < 100; low += 10) {
                distribution.put(low + "–" + (low == 90 ? 100 : low + 9), 0);
            }
            Field<Integer> bucket = DSL.field("min({0} / 10, 9)", Integer.class, TRAINING_SESSIONS.TOTAL_SCORE);
            dsl.select(bucket, DSL.count()).from(TRAINING_SESSIONS).where(completed).groupBy(bucket)
                    .forEach(row -> {
                        int low = row.value1() * 10;
                        distribution.put(low + "–" + (low == 90 ? 100 : low + 9), row.value2());
                    });
            int all = dsl.fetchCount(TRAINING_SESSIONS);
            int finished = dsl.fetchCount(TRAINING_SESSIONS, completed);
            return new Statistics(perDay, byDifficulty, byCategory, distribution, saleRate, all, finished);
        });
    }

    static String columnOf(Category category) {
        return switch (category) {
            case NEEDS_DISCOVERY -> "needs_discovery_score";
            case VALUE_PROPOSITION -> "value_proposition_score";
            case URGENCY_CREATION -> "urgency_creation_score";
            case OBJECTION_HANDLING -> "objection_handling_score";
            case CLOSING_TECHNIQUE -> "closing_technique_score";
        };
    }

    private static Condition conditions(SessionFilter filter) {
        Condition where = DSL.noCondition();
        if (filter.status() != null) {
            where = where.and(TRAINING_SESSIONS.STATUS.eq(filter.status().name()));
        }
        if (filter.difficulty() != null) {
            where = where.and(TRAINING_SESSIONS.DIFFICULTY_LEVEL.eq(filter.difficulty().name()));
        }
        if (filter.trainee() != null && !filter.trainee().isBlank()) {
            String pattern = "%" + filter.trainee().strip().toLowerCase(java.util.Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            where = where.and(DSL.lower(USERS.NAME).like(pattern, '\\'));
        }
        if (filter.from() != null) {
            where = where.and(TRAINING_SESSIONS.STARTED_AT.ge(filter.from().toString()));
        }
        if (filter.to() != null) {
            where = where.and(TRAINING_SESSIONS.STARTED_AT.lt(filter.to().plusDays(1).toString()));
        }
        return where;
    }

    private static SessionRow toRow(Record row) {
        Instant started = Instant.parse(row.get(TRAINING_SESSIONS.STARTED_AT));
        Instant completed = row.get(TRAINING_SESSIONS.COMPLETED_AT) == null ? null
                : Instant.parse(row.get(TRAINING_SESSIONS.COMPLETED_AT));
        return new SessionRow(row.get(TRAINING_SESSIONS.ID), row.get(TRAINING_SESSIONS.USER_ID), row.get(USERS.NAME),
                row.get(TRAINING_SESSIONS.DIFFICULTY_LEVEL), row.get(TRAINING_SESSIONS.MODE),
                row.get(TRAINING_SESSIONS.STATUS), row.get(TRAINING_SESSIONS.OUTCOME),
                row.get(TRAINING_SESSIONS.TOTAL_SCORE), row.get(TRAINING_SESSIONS.WEIGHTED_SCORE), started, completed,
                completed == null ? null : Duration.between(started, completed).toSeconds(),
                row.get(TRAINING_SESSIONS.EVALUATOR));
    }

    private static Double oneDecimal(BigDecimal value) {
        return value == null ? null : value.setScale(1, RoundingMode.HALF_UP).doubleValue();
    }
}
