package net.sellmeapen.admin;

import static net.sellmeapen.db.jooq.Tables.TRAINING_SESSIONS;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import net.sellmeapen.conversation.Difficulty;
import net.sellmeapen.conversation.Outcome;
import net.sellmeapen.db.Aggregates;
import net.sellmeapen.db.Database;
import net.sellmeapen.conversation.Category;
import net.sellmeapen.training.CategoryColumns;
import net.sellmeapen.training.Status;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** The numbers behind the admin statistics page, each computed by one SQL query. */
public final class AdminStatistics {

    /** Days shown in the sessions-per-day chart, today included. */
    static final int DAYS = 30;

    /** Sessions per day, averages per difficulty and category, the score distribution and sale rates. */
    record Statistics(Map<String, Integer> sessionsPerDay, Map<String, Double> averageTotalByDifficulty,
            Map<String, Double> averageByCategory, Map<String, Integer> scoreDistribution,
            Map<String, Double> saleRateByDifficulty, int sessions, int completed) {
    }

    private static final Condition COMPLETED = TRAINING_SESSIONS.STATUS.eq(Status.COMPLETED.name());

    private final Database database;

    public AdminStatistics(Database database) {
        this.database = database;
    }

    Statistics compute(Instant now) {
        return database.read(dsl -> {
            Map<String, Double> byDifficulty = new LinkedHashMap<>();
            Map<String, Double> saleRate = new LinkedHashMap<>();
            Field<Double> averageTotal = Aggregates.averageOneDecimal(TRAINING_SESSIONS.TOTAL_SCORE);
            Field<Double> sales = DSL.round(DSL.count().filterWhere(TRAINING_SESSIONS.OUTCOME.eq(Outcome.SALE.name()))
                    .mul(100.0).div(DSL.count()), 1).coerce(Double.class);
            Map<String, Record> rows = new LinkedHashMap<>();
            dsl.select(TRAINING_SESSIONS.DIFFICULTY_LEVEL, averageTotal, sales).from(TRAINING_SESSIONS)
                    .where(COMPLETED).groupBy(TRAINING_SESSIONS.DIFFICULTY_LEVEL)
                    .forEach(row -> rows.put(row.value1(), row));
            for (Difficulty level : Difficulty.values()) {
                Record row = rows.get(level.name());
                byDifficulty.put(level.name(), row == null ? null : row.get(averageTotal));
                saleRate.put(level.name(), row == null ? null : row.get(sales));
            }

            Map<Category, Field<Double>> categoryAverages = new LinkedHashMap<>();
            for (Category category : Category.values()) {
                categoryAverages.put(category, Aggregates.averageOneDecimal(CategoryColumns.of(category)));
            }
            Record averages = dsl.select(categoryAverages.values()).from(TRAINING_SESSIONS).where(COMPLETED).fetchOne();
            Map<String, Double> byCategory = new LinkedHashMap<>();
            categoryAverages.forEach((category, field) -> byCategory.put(category.key(), averages.get(field)));

            return new Statistics(sessionsPerDay(dsl, LocalDate.ofInstant(now, ZoneOffset.UTC)), byDifficulty,
                    byCategory, distribution(dsl), saleRate, dsl.fetchCount(TRAINING_SESSIONS),
                    dsl.fetchCount(TRAINING_SESSIONS, COMPLETED));
        });
    }

    private static Map<String, Integer> sessionsPerDay(org.jooq.DSLContext dsl, LocalDate today) {
        Map<String, Integer> perDay = new LinkedHashMap<>();
        for (int i = DAYS - 1; i >= 0; i--) {
            perDay.put(today.minusDays(i).toString(), 0);
        }
        // the day of an ISO-8601 UTC text time, read the same way by SQLite and PostgreSQL
        Field<String> day = DSL.field("substr({0}, 1, 10)", String.class, TRAINING_SESSIONS.STARTED_AT);
        dsl.select(day, DSL.count()).from(TRAINING_SESSIONS)
                .where(day.ge(today.minusDays(DAYS - 1).toString()))
                .groupBy(day)
                .forEach(row -> perDay.computeIfPresent(row.value1(), (key, old) -> row.value2()));
        return perDay;
    }

    /** Completed sessions per band of ten points of total score (90–100 is one band). */
    private static Map<String, Integer> distribution(org.jooq.DSLContext dsl) {
        Map<String, Integer> bands = new LinkedHashMap<>();
        for (int low = 0; low < 100; low += 10) {
            bands.put(band(low), 0);
        }
        // inline, not bound: PostgreSQL only sees the select's and the group by's expressions as one
        // when they are written the same, and "? " twice is two parameters to it
        Field<Integer> bucket = DSL.least(TRAINING_SESSIONS.TOTAL_SCORE.div(DSL.inline(10)), DSL.inline(9));
        dsl.select(bucket, DSL.count()).from(TRAINING_SESSIONS).where(COMPLETED).groupBy(bucket)
                .forEach(row -> bands.put(band(row.value1() * 10), row.value2()));
        return bands;
    }

    private static String band(int low) {
        return low + "–" + (low == 90 ? 100 : low + 9);
    }
}
