package net.sellmeapen.db;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * How times are stored: ISO-8601 UTC text with exactly three decimals ("2026-11-28T01:49:50.120Z"),
 * so that text order is time order and SQLite's date functions read them. The generated jOOQ
 * classes use these two functions to read every time column as an {@link Instant}.
 */
public final class Timestamps {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private Timestamps() {
    }

    public static Instant parse(String text) {
        return Instant.parse(text);
    }

    public static String format(Instant instant) {
        return FORMAT.format(instant);
    }
}
