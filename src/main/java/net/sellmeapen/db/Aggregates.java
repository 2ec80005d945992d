package net.sellmeapen.db;

import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/** Aggregates computed by the database itself, shared by the repositories. */
public final class Aggregates {

    private Aggregates() {
    }

    /**
     * The average of a column rounded to one decimal in SQL; null when no row has a value. The
     * average is cast to NUMERIC first: PostgreSQL rounds to decimals only NUMERIC (the average of a
     * REAL column is a double there), SQLite takes either.
     */
    public static Field<Double> averageOneDecimal(Field<? extends Number> column) {
        return DSL.round(DSL.avg(column).cast(SQLDataType.NUMERIC), 1).coerce(Double.class);
    }
}
