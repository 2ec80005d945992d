package net.sellmeapen.security;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The server's configured secrets (API key, admin and metrics tokens, credentials inside URLs),
 * so text from outside — a model's reply, a transcript — can be checked before it reaches a
 * trainee, and URLs can be shown without what they carry.
 */
public final class Secrets {

    /** Shorter values are not treated as secrets to look for: they would match ordinary words. */
    static final int MIN_LENGTH = 8;
    private static final String REDACTED = "[removed]";

    private final List<String> values;

    public Secrets(Collection<String> values) {
        this.values = values.stream().filter(Objects::nonNull).map(String::strip)
                .filter(value -> value.length() >= MIN_LENGTH).distinct().toList();
    }

    public static Secrets none() {
        return new Secrets(List.of());
    }

    /** True when any configured secret appears in the text. */
    public boolean appearIn(String text) {
        if (text == null || values.isEmpty()) {
            return false;
        }
        for (String value : values) {
            if (text.contains(value)) {
                return true;
            }
        }
        return false;
    }

    /** The text with every configured secret replaced by "[removed]". */
    public String redact(String text) {
        if (!appearIn(text)) {
            return text;
        }
        String out = text;
        for (String value : values) {
            out = out.replace(value, REDACTED);
        }
        return out;
    }

    /** The password (or whole user information) of a URL, when it carries one, for the list of secrets. */
    public static String credentialsOf(URI uri) {
        String userInfo = uri.getRawUserInfo();
        if (userInfo == null) {
            return null;
        }
        int colon = userInfo.indexOf(':');
        return colon < 0 ? userInfo : userInfo.substring(colon + 1);
    }

    /**
     * The URL as it may be logged or shown: without user information, and with the value of every
     * query parameter replaced by "***" (keys are sometimes passed as {@code ?api-key=…}).
     */
    public static String forLog(URI uri) {
        String query = uri.getRawQuery();
        String maskedQuery = null;
        if (query != null) {
            StringBuilder out = new StringBuilder();
            for (String pair : query.split("&")) {
                if (!out.isEmpty()) {
                    out.append('&');
                }
                int equals = pair.indexOf('=');
                out.append(equals < 0 ? pair : pair.substring(0, equals + 1) + "***");
            }
            maskedQuery = out.toString();
        }
        try {
            return new URI(uri.getScheme(), null, uri.getHost(), uri.getPort(), uri.getPath(), null, null)
                    + (maskedQuery == null ? "" : "?" + maskedQuery);
        } catch (URISyntaxException e) {
            return uri.getScheme() + "://" + uri.getHost();
        }
    }
}
