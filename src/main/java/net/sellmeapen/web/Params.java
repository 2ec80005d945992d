package net.sellmeapen.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Query parameters and enum-valued body fields, read with Javalin's validators: an absent value
 * takes its default, a bad one is a 400 that names the parameter and says what it must be.
 */
public final class Params {

    private Params() {
    }

    /** A whole number from {@code min} to {@code max}, or {@code fallback} when the parameter is absent. */
    public static int integer(Context ctx, String name, int fallback, int min, int max) {
        if (absent(ctx, name)) {
            return fallback;
        }
        String expectation = "'" + name + "' must be a whole number from " + min + " to " + max;
        return ctx.queryParamAsClass(name, Integer.class)
                .check(value -> value >= min && value <= max, expectation)
                .getOrThrow(errors -> ApiException.badRequest(expectation));
    }

    /** One of the enum's constants named in any case, or empty when the parameter is absent. */
    public static <E extends Enum<E>> Optional<E> choice(Context ctx, String name, Class<E> type) {
        if (absent(ctx, name)) {
            return Optional.empty();
        }
        String raw = ctx.queryParam(name);
        return Optional.of(ctx.queryParamAsClass(name, String.class)
                .check(value -> constant(type, value).isPresent(), unknown(name, raw, type))
                .getOrThrow(errors -> ApiException.badRequest(unknown(name, raw, type)))).flatMap(value -> constant(type, value));
    }

    /** A body field naming one of the enum's constants in any case; {@code fallback} when it is null. */
    public static <E extends Enum<E>> E choice(String field, String raw, Class<E> type, E fallback) {
        if (raw == null) {
            return fallback;
        }
        return constant(type, raw).orElseThrow(() -> ApiException.badRequest(unknown(field, raw, type)));
    }

    /** A calendar date such as 2026-11-28, or empty when the parameter is absent. */
    public static Optional<LocalDate> date(Context ctx, String name) {
        if (absent(ctx, name)) {
            return Optional.empty();
        }
        String expectation = "'" + name + "' must be a date such as 2026-11-28";
        return Optional.of(ctx.queryParamAsClass(name, String.class)
                .check(Params::isDate, expectation)
                .getOrThrow(errors -> ApiException.badRequest(expectation))).map(text -> LocalDate.parse(text.strip()));
    }

    private static boolean absent(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        return raw == null || raw.isBlank();
    }

    private static boolean isDate(String text) {
        try {
            LocalDate.parse(text.strip());
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static <E extends Enum<E>> Optional<E> constant(Class<E> type, String text) {
        String wanted = text.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(wanted)).findFirst();
    }

    private static <E extends Enum<E>> String unknown(String name, String raw, Class<E> type) {
        return "unknown " + name + " '" + raw + "'; use one of "
                + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
