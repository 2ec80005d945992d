package net.sellmeapen.training;

import static net.sellmeapen.db.jooq.Tables.SESSION_TURNS;
import static net.sellmeapen.db.jooq.Tables.TRAINING_SESSIONS;
import static net.sellmeapen.db.jooq.Tables.USERS;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.sellmeapen.coaching.DeliveryAnalytics;
import net.sellmeapen.conversation.Difficulty;
import net.sellmeapen.conversation.Outcome;
import net.sellmeapen.conversation.Source;
import net.sellmeapen.conversation.Speaker;
import net.sellmeapen.conversation.Turn;
import net.sellmeapen.db.Aggregates;
import net.sellmeapen.db.Database;
import net.sellmeapen.db.jooq.tables.records.TrainingSessionsRecord;
import net.sellmeapen.conversation.Category;
import net.sellmeapen.evaluation.SalesEvaluation;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;

/** Stores sessions and their turns; every write is one transaction on the database's single writer. */
public final class TrainingRepository {

    private final Database database;
    private final ObjectMapper mapper;

    public TrainingRepository(Database database, ObjectMapper mapper) {
        this.database = database;
        this.mapper = mapper;
    }

    /** Inserts a new session together with its first turns (the buyer's opening line, in text mode). */
    void insert(TrainingSession session) {
        database.write(dsl -> {
            dsl.insertInto(TRAINING_SESSIONS)
                    .set(TRAINING_SESSIONS.ID, session.id())
                    .set(TRAINING_SESSIONS.USER_ID, session.userId())
                    .set(TRAINING_SESSIONS.DIFFICULTY_LEVEL, session.difficultyLevel().name())
                    .set(TRAINING_SESSIONS.MODE, session.mode().name())
                    .set(TRAINING_SESSIONS.STATUS, session.status().name())
                    .set(TRAINING_SESSIONS.STARTED_AT, session.startedAt())
                    .set(TRAINING_SESSIONS.KIND, session.kind().name())
                    .set(TRAINING_SESSIONS.DRILL_SKILL, session.drill() == null ? null : session.drill().key())
                    .set(TRAINING_SESSIONS.HINTS, session.hints() ? 1 : 0)
                    .execute();
            insertTurns(dsl, session.id(), session.turns());
            return null;
        });
    }

    /**
     * Appends turns to an in-progress session whose buyer has not decided, recording the decision if
     * one is given; false (and nothing written) when the session moved on or another message got in first.
     */
    boolean appendTurns(String id, int lastSeq, List<Turn> turns, Outcome decision) {
        return database.write(dsl -> {
            Integer currentLast = dsl.select(DSL.max(SESSION_TURNS.SEQ)).from(SESSION_TURNS)
                    .where(SESSION_TURNS.SESSION_ID.eq(id)).fetchOne(0, Integer.class);
            boolean open = dsl.fetchExists(TRAINING_SESSIONS, TRAINING_SESSIONS.ID.eq(id)
                    .and(TRAINING_SESSIONS.STATUS.eq(Status.IN_PROGRESS.name()))
                    .and(TRAINING_SESSIONS.OUTCOME.isNull()));
            if (!open || (currentLast == null ? 0 : currentLast) != lastSeq) {
                return false;
            }
            insertTurns(dsl, id, turns);
            if (decision != null) {
                dsl.update(TRAINING_SESSIONS).set(TRAINING_SESSIONS.OUTCOME, decision.name())
                        .where(TRAINING_SESSIONS.ID.eq(id)).execute();
            }
            return true;
        });
    }

    /** Appends one turn at the next position of an in-progress session; empty when it is no longer in progress. */
    Optional<Turn> appendTurn(String id, Speaker speaker, String text, Instant at, Integer spokenMs) {
        return database.write(dsl -> {
            if (!dsl.fetchExists(TRAINING_SESSIONS, TRAINING_SESSIONS.ID.eq(id)
                    .and(TRAINING_SESSIONS.STATUS.eq(Status.IN_PROGRESS.name())))) {
                return Optional.empty();
            }
            Integer last = dsl.select(DSL.max(SESSION_TURNS.SEQ)).from(SESSION_TURNS)
                    .where(SESSION_TURNS.SESSION_ID.eq(id)).fetchOne(0, Integer.class);
            Turn turn = new Turn(last == null ? 1 : last + 1, speaker, text, at, spokenMs);
            insertTurns(dsl, id, List.of(turn));
            return Optional.of(turn);
        });
    }

    /** Marks an in-progress session as practised with hints (it then never ranks); false when it is over. */
    boolean enableHints(String id) {
        return database.write(dsl -> dsl.update(TRAINING_SESSIONS).set(TRAINING_SESSIONS.HINTS, 1)
                .where(TRAINING_SESSIONS.ID.eq(id)).and(TRAINING_SESSIONS.STATUS.eq(Status.IN_PROGRESS.name()))
                .execute() == 1);
    }

    /** Records the buyer's decision unless one is recorded already or the session is over; true when it was. */
    boolean recordOutcome(String id, Outcome outcome) {
        return database.write(dsl -> dsl.update(TRAINING_SESSIONS)
                .set(TRAINING_SESSIONS.OUTCOME, outcome.name())
                .where(TRAINING_SESSIONS.ID.eq(id))
                .and(TRAINING_SESSIONS.STATUS.eq(Status.IN_PROGRESS.name()))
                .and(TRAINING_SESSIONS.OUTCOME.isNull())
                .execute() == 1);
    }

    private static void insertTurns(DSLContext dsl, String sessionId, List<Turn> turns) {
        for (Turn turn : turns) {
            dsl.insertInto(SESSION_TURNS)
                    .set(SESSION_TURNS.SESSION_ID, sessionId)
                    .set(SESSION_TURNS.SEQ, turn.seq())
                    .set(SESSION_TURNS.SPEAKER, turn.speaker().name())
                    .set(SESSION_TURNS.TEXT, turn.text())
                    .set(SESSION_TURNS.AT, turn.at())
                    .set(SESSION_TURNS.SPOKEN_MS, turn.spokenMs())
                    .execute();
        }
    }

    /** The session with its turns, whoever owns it. */
    Optional<TrainingSession> find(String id) {
        return database.read(dsl -> dsl.selectFrom(TRAINING_SESSIONS).where(TRAINING_SESSIONS.ID.eq(id))
                .fetchOptional()
                .map(row -> toSession(row, turns(dsl, id))));
    }

    List<Turn> turns(String sessionId) {
        return database.read(dsl -> turns(dsl, sessionId));
    }

    private static List<Turn> turns(DSLContext dsl, String sessionId) {
        return dsl.selectFrom(SESSION_TURNS)
                .where(SESSION_TURNS.SESSION_ID.eq(sessionId))
                .orderBy(SESSION_TURNS.SEQ)
                .fetch(row -> new Turn(row.getSeq(), Speaker.valueOf(row.getSpeaker()), row.getText(),
                        row.getAt(), row.getSpokenMs()));
    }

    /** How an attempt to complete a session went. */
    enum Completed { DONE, NOT_IN_PROGRESS, TURNS_CHANGED }

    /**
     * Marks an in-progress session completed with its scorecard and, when {@code newTurns} is not
     * null, replaces its turns with them — all in one transaction, and only when its last turn is
     * still {@code lastSeq} (the one the scorecard was made from); otherwise nothing is written.
     */
    Completed complete(String id, int lastSeq, List<Turn> newTurns, String transcript, SalesEvaluation evaluation,
            DeliveryAnalytics analytics, Outcome outcome, Source source, Instant completedAt) {
        String evaluationJson = toJson(evaluation);
        return database.write(dsl -> {
            var update = dsl.update(TRAINING_SESSIONS)
                    .set(TRAINING_SESSIONS.STATUS, Status.COMPLETED.name())
                    .set(TRAINING_SESSIONS.COMPLETED_AT, completedAt)
                    .set(TRAINING_SESSIONS.OUTCOME, outcome == null ? null : outcome.name())
                    .set(TRAINING_SESSIONS.SOURCE, source.name())
                    .set(TRAINING_SESSIONS.TRANSCRIPT, transcript)
                    .set(TRAINING_SESSIONS.TOTAL_SCORE, evaluation.totalScore())
                    .set(TRAINING_SESSIONS.WEIGHTED_SCORE, evaluation.weightedScore())
                    .set(TRAINING_SESSIONS.FEEDBACK, evaluationJson)
                    .set(TRAINING_SESSIONS.EVALUATOR, evaluation.evaluator())
                    .set(TRAINING_SESSIONS.TALK_SHARE_PERCENT, analytics.talkSharePercent())
                    .set(TRAINING_SESSIONS.SPEAKING_SHARE_PERCENT, analytics.speakingSharePercent())
                    .set(TRAINING_SESSIONS.QUESTIONS, analytics.questions())
                    .set(TRAINING_SESSIONS.OPEN_QUESTIONS, analytics.openQuestions())
                    .set(TRAINING_SESSIONS.TURNS_TO_FIRST_QUESTION, analytics.turnsToFirstQuestion())
                    .set(TRAINING_SESSIONS.LONGEST_MONOLOGUE_WORDS, analytics.longestMonologueWords())
                    .set(TRAINING_SESSIONS.FILLERS_PER_100_WORDS, (float) analytics.fillersPer100Words())
                    .set(TRAINING_SESSIONS.WORDS_PER_MINUTE, analytics.wordsPerMinute());
            for (Category category : Category.values()) {
                update = update.set(CategoryColumns.of(category), evaluation.score(category));
            }
            int updated = update.where(TRAINING_SESSIONS.ID.eq(id))
                    .and(TRAINING_SESSIONS.STATUS.eq(Status.IN_PROGRESS.name()))
                    .andNotExists(DSL.selectOne().from(SESSION_TURNS).where(SESSION_TURNS.SESSION_ID.eq(id))
                            .and(SESSION_TURNS.SEQ.gt(lastSeq)))
                    .execute();
            if (updated == 0) {
                return dsl.fetchExists(TRAINING_SESSIONS, TRAINING_SESSIONS.ID.eq(id)
                        .and(TRAINING_SESSIONS.STATUS.eq(Status.IN_PROGRESS.name())))
                        ? Completed.TURNS_CHANGED : Completed.NOT_IN_PROGRESS;
            }
            if (newTurns != null) {
                dsl.deleteFrom(SESSION_TURNS).where(SESSION_TURNS.SESSION_ID.eq(id)).execute();
                insertTurns(dsl, id, newTurns);
            }
            return Completed.DONE;
        });
    }

    /** A trainee's sessions, newest first. */
    List<SessionSummary> history(String userId, int limit) {
        return database.read(dsl -> dsl.selectFrom(TRAINING_SESSIONS)
                .where(TRAINING_SESSIONS.USER_ID.eq(userId))
                .orderBy(TRAINING_SESSIONS.STARTED_AT.desc(), TRAINING_SESSIONS.ID)
                .limit(limit)
                .fetch(TrainingRepository::toSummary));
    }

    /** Counts and averages over a trainee's sessions; only completed sessions carry scores. */
    Progress progress(String userId) {
        Condition practice = TRAINING_SESSIONS.KIND.eq(SessionKind.PRACTICE.name());
        Field<Integer> started = DSL.count().filterWhere(practice);
        Field<Integer> completed = DSL.count().filterWhere(practice
                .and(TRAINING_SESSIONS.STATUS.eq(Status.COMPLETED.name())));
        Field<Integer> sales = DSL.count().filterWhere(practice.and(TRAINING_SESSIONS.OUTCOME.eq(Outcome.SALE.name())));
        Field<Integer> best = DSL.max(DSL.when(practice, TRAINING_SESSIONS.WEIGHTED_SCORE));
        Field<Double> average = Aggregates.averageOneDecimal(DSL.when(practice, TRAINING_SESSIONS.WEIGHTED_SCORE));
        Field<Integer> drills = DSL.count().filterWhere(TRAINING_SESSIONS.KIND.eq(SessionKind.DRILL.name())
                .and(TRAINING_SESSIONS.STATUS.eq(Status.COMPLETED.name())));
        Map<Category, Field<Double>> categoryAverages = new LinkedHashMap<>();
        for (Category category : Category.values()) {
            categoryAverages.put(category, Aggregates.averageOneDecimal(DSL.when(practice,
                    CategoryColumns.of(category))));
        }
        List<Field<?>> fields = new ArrayList<>(List.of(started, completed, sales, best, average, drills));
        fields.addAll(categoryAverages.values());
        Record row = database.read(dsl -> dsl.select(fields).from(TRAINING_SESSIONS)
                .where(TRAINING_SESSIONS.USER_ID.eq(userId))
                .fetchOne());
        Map<String, Double> averages = null;
        if (row.get(completed) > 0) {
            averages = new LinkedHashMap<>();
            for (var entry : categoryAverages.entrySet()) {
                averages.put(entry.getKey().key(), row.get(entry.getValue()));
            }
        }
        return new Progress(row.get(started), row.get(completed), row.get(sales), row.get(best),
                row.get(average), averages, row.get(drills));
    }

    /**
     * Each trainee's best completed, server-recorded practice session without hints (optionally at one
     * difficulty), highest weighted score first; ties share a rank and the earlier session is listed
     * first. Self-reported sessions, drills and sessions with hints never rank.
     */
    List<LeaderboardEntry> leaderboard(Difficulty difficulty, int limit) {
        Condition scope = TRAINING_SESSIONS.STATUS.eq(Status.COMPLETED.name())
                .and(TRAINING_SESSIONS.SOURCE.eq(Source.SERVER_RECORDED.name()))
                .and(TRAINING_SESSIONS.KIND.eq(SessionKind.PRACTICE.name()))
                .and(TRAINING_SESSIONS.HINTS.eq(0));
        if (difficulty != null) {
            scope = scope.and(TRAINING_SESSIONS.DIFFICULTY_LEVEL.eq(difficulty.name()));
        }
        Field<Integer> position = DSL.rowNumber().over(DSL.partitionBy(TRAINING_SESSIONS.USER_ID)
                .orderBy(TRAINING_SESSIONS.WEIGHTED_SCORE.desc(), TRAINING_SESSIONS.COMPLETED_AT.asc()))
                .as("position");
        Table<?> best = DSL.select(TRAINING_SESSIONS.USER_ID, TRAINING_SESSIONS.WEIGHTED_SCORE,
                        TRAINING_SESSIONS.TOTAL_SCORE, TRAINING_SESSIONS.DIFFICULTY_LEVEL,
                        TRAINING_SESSIONS.COMPLETED_AT, position)
                .from(TRAINING_SESSIONS)
                .where(scope)
                .asTable("best");
        Field<Integer> weighted = best.field(TRAINING_SESSIONS.WEIGHTED_SCORE);
        Field<Instant> completedAt = best.field(TRAINING_SESSIONS.COMPLETED_AT);
        Field<Integer> rank = DSL.rank().over(DSL.orderBy(weighted.desc())).as("rank");
        return database.read(dsl -> dsl.select(rank, USERS.NAME, weighted, best.field(TRAINING_SESSIONS.TOTAL_SCORE),
                        best.field(TRAINING_SESSIONS.DIFFICULTY_LEVEL), completedAt)
                .from(best)
                .join(USERS).on(USERS.ID.eq(best.field(TRAINING_SESSIONS.USER_ID)))
                .where(best.field(position).eq(1))
                .orderBy(weighted.desc(), completedAt.asc())
                .limit(limit)
                .fetch(row -> new LeaderboardEntry(row.get(rank), row.get(USERS.NAME), row.get(weighted),
                        row.get(best.field(TRAINING_SESSIONS.TOTAL_SCORE)),
                        Difficulty.valueOf(row.get(best.field(TRAINING_SESSIONS.DIFFICULTY_LEVEL))),
                        row.get(completedAt))));
    }

    private String toJson(SalesEvaluation evaluation) {
        try {
            return mapper.writeValueAsString(evaluation);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a scorecard always serialises", e);
        }
    }

    private SalesEvaluation fromJson(String json) {
        try {
            return json == null ? null : mapper.readValue(json, SalesEvaluation.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored scorecard is not readable", e);
        }
    }

    private TrainingSession toSession(TrainingSessionsRecord row, List<Turn> turns) {
        return new TrainingSession(row.getId(), row.getUserId(), Difficulty.valueOf(row.getDifficultyLevel()),
                Mode.valueOf(row.getMode()), Status.valueOf(row.getStatus()),
                row.getOutcome() == null ? null : Outcome.valueOf(row.getOutcome()),
                row.getStartedAt(), row.getCompletedAt(),
                row.getTotalScore(), row.getWeightedScore(), row.getEvaluator(), Source.valueOf(row.getSource()),
                SessionKind.valueOf(row.getKind()), Category.of(row.getDrillSkill()).orElse(null), row.getHints() == 1,
                row.getTranscript(), turns, fromJson(row.getFeedback()), AnalyticsColumns.from(row));
    }

    private static SessionSummary toSummary(TrainingSessionsRecord row) {
        Map<String, Integer> categories = null;
        if (row.getTotalScore() != null) {
            categories = new LinkedHashMap<>();
            for (Category category : Category.values()) {
                categories.put(category.key(), row.get(CategoryColumns.of(category)));
            }
        }
        return new SessionSummary(row.getId(), Difficulty.valueOf(row.getDifficultyLevel()),
                Mode.valueOf(row.getMode()), Status.valueOf(row.getStatus()), Source.valueOf(row.getSource()),
                SessionKind.valueOf(row.getKind()), Category.of(row.getDrillSkill()).orElse(null), row.getHints() == 1,
                row.getOutcome() == null ? null : Outcome.valueOf(row.getOutcome()),
                row.getStartedAt(), row.getCompletedAt(),
                row.getTotalScore(), row.getWeightedScore(),
                row.getTotalScore() == null ? null : SalesEvaluation.grade(row.getTotalScore()), categories);
    }
}
