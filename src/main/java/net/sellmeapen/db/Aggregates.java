package net.sellmeapen.db;

import org.jooq.Field;
import org.jooq.impl.DSL;

/** Aggregates computed by the database itself, shared by the repositories. */
public final class Aggregates {

    private Aggregates() {
    }

    /** The average of a column rounded to one decimal in SQL; null when no row has a value. */
    public static Field<Double> averageOneDecimal(Field<? extends Number> column) {
        return DSL.round(DSL.avg(column), 1).coerce(Double.class);
    }
}
