/**
 * The database, SQLite or PostgreSQL: Flyway migrations from {@code db/migration} run on open,
 * writes are serialised (SQLite's one writer connection, PostgreSQL's serializable transactions),
 * and jOOQ classes generated at build time (package
 * {@code net.sellmeapen.db.jooq}, never committed; times read as {@code Instant} through
 * {@code Timestamps}) give the feature repositories typed SQL. Depends on no feature.
 */
package net.sellmeapen.db;
