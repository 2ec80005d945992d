package net.sellmeapen.admin;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Collectors;
import net.sellmeapen.errors.LimitReachedException;
import net.sellmeapen.security.RandomTokens;
import net.sellmeapen.security.RateLimiter;
import net.sellmeapen.security.WindowLimiter;
import net.sellmeapen.web.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Guards every admin route. The admin token may come as {@code X-Admin-Token}, as {@code ?token=}
 * (which starts a cookie session and redirects to the same URL without it) or through that cookie;
 * tokens are compared as SHA-256 digests in constant time. Changes need the cookie session and its
 * form token.
 */
public final class AdminTokenFilter {

    static final String COOKIE = "smap_admin";
    static final String HEADER = "X-Admin-Token";
    static final String FORM_TOKEN = "_csrf";
    /** Shortest admin token accepted. */
    static final int MIN_TOKEN_LENGTH = 16;
    private static final Duration SESSION_LIFETIME = Duration.ofHours(8);
    /** How long wrong tokens from an address are counted. */
    static final Duration FAILURE_WINDOW = Duration.ofMinutes(15);
    private static final int MAX_ADDRESSES_COUNTED = 10_000;
    private static final Logger LOG = LoggerFactory.getLogger(AdminTokenFilter.class);

    /** A signed-in admin browser: its form token and when it expires. */
    record AdminSession(String formToken, Instant expiresAt) {
    }

    /** Signs admin cookies: derived from the admin token, so every instance with that token reads them. */
    private final byte[] sessionKey;

    private final byte[] tokenDigest;
    private final String cookiePath;
    private final Clock clock;
    private final RateLimiter failures;

    /**
     * @param adminToken the admin secret, at least {@link #MIN_TOKEN_LENGTH} characters
     * @param cookiePath the path the session cookie is sent for, e.g. {@code /SellMeAPenExt/admin}
     */
    /** @param failuresPerAddress wrong tokens one client address may send in {@link #FAILURE_WINDOW} */
    public AdminTokenFilter(String adminToken, String cookiePath, int failuresPerAddress,
            RateLimiter.Factory limiters, Clock clock) {
        if (adminToken == null || adminToken.length() < MIN_TOKEN_LENGTH) {
            throw new IllegalArgumentException("the admin token must be at least " + MIN_TOKEN_LENGTH + " characters");
        }
        this.tokenDigest = RandomTokens.sha256(adminToken);
        this.sessionKey = RandomTokens.sha256("sellmeapen admin session\n" + adminToken);
        this.cookiePath = cookiePath;
        this.clock = clock;
        this.failures = limiters.create("admin-failures", failuresPerAddress, FAILURE_WINDOW, MAX_ADDRESSES_COUNTED);
    }

    /** Lets the request through, or answers it (401, 403, or a redirect after a {@code ?token=} sign-in). */
    void check(Context ctx) {
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cache-Control", "no-store");
        String queryToken = ctx.queryParam("token");
        if (queryToken != null) {
            if (!matches(ctx, queryToken)) {
                throw unauthorized();
            }
            startSession(ctx);
            ctx.redirect(urlWithoutToken(ctx), HttpStatus.FOUND);
            ctx.skipRemainingHandlers();
            return;
        }
        String header = ctx.header(HEADER);
        if (header != null) {
            if (!matches(ctx, header)) {
                throw unauthorized();
            }
            if (isChange(ctx)) {
                throw new ApiException(HttpStatus.FORBIDDEN, "changes need the admin page's session and form token");
            }
            return;
        }
        Optional<AdminSession> session = session(ctx);
        if (session.isEmpty()) {
            throw unauthorized();
        }
        if (isChange(ctx) && !sameSecret(session.get().formToken(), ctx.formParam(FORM_TOKEN))) {
            throw new ApiException(HttpStatus.FORBIDDEN, "this form has expired; reload the page and try again");
        }
    }

    /** Signs a browser in from the login form; false for a wrong token. */
    boolean login(Context ctx, String token) {
        if (token == null || !matches(ctx, token)) {
            return false;
        }
        startSession(ctx);
        return true;
    }

    /** The form token of the signed-in browser, for forms that change things. */
    String formToken(Context ctx) {
        return session(ctx).map(AdminSession::formToken).orElse("");
    }

    private static boolean isChange(Context ctx) {
        return !ctx.method().name().equals("GET") && !ctx.method().name().equals("HEAD");
    }

    /**
     * Whether the token given is the admin token; a client address that has sent too many wrong ones
     * lately is refused (429) before its token is even compared, and each wrong one is logged.
     */
    private boolean matches(Context ctx, String candidate) {
        String address = ctx.ip();
        failures.waitFor(address).ifPresent(wait -> {
            throw new LimitReachedException("too many wrong admin tokens from your address; try again in "
                    + WindowLimiter.describe(wait), wait);
        });
        boolean right = MessageDigest.isEqual(tokenDigest, RandomTokens.sha256(candidate));
        if (!right) {
            failures.record(address);
            LOG.warn("admin: wrong token from {} on {} {}", address, ctx.method(), ctx.path());
        }
        return right;
    }

    private static boolean sameSecret(String expected, String given) {
        return given != null && MessageDigest.isEqual(RandomTokens.sha256(expected), RandomTokens.sha256(given));
    }

    /**
     * The browser's admin session from its cookie, {@code <expiry seconds>.<nonce>.<signature>}: no
     * instance keeps sessions, each checks the signature; changing the admin token ends them all.
     */
    private Optional<AdminSession> session(Context ctx) {
        String cookie = ctx.cookie(COOKIE);
        if (cookie == null) {
            return Optional.empty();
        }
        int signatureAt = cookie.lastIndexOf('.');
        int nonceAt = cookie.indexOf('.');
        if (nonceAt <= 0 || signatureAt <= nonceAt || !sameSecret(sign(cookie.substring(0, signatureAt)),
                cookie.substring(signatureAt + 1))) {
            return Optional.empty();
        }
        Instant expiresAt;
        try {
            expiresAt = Instant.ofEpochSecond(Long.parseLong(cookie.substring(0, nonceAt)));
        } catch (NumberFormatException | java.time.DateTimeException e) {
            return Optional.empty();
        }
        if (!expiresAt.isAfter(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(new AdminSession(sign("form." + cookie), expiresAt));
    }

    private String sign(String text) {
        return RandomTokens.hmacSha256(sessionKey, text);
    }

    private void startSession(Context ctx) {
        String unsigned = clock.instant().plus(SESSION_LIFETIME).getEpochSecond() + "." + RandomTokens.newSecret();
        String id = unsigned + "." + sign(unsigned);
        // Secure when the browser came over HTTPS (directly, or through a trusted proxy that says so)
        boolean secure = "https".equalsIgnoreCase(ctx.scheme());
        Cookie cookie = new Cookie(COOKIE, id, cookiePath, (int) SESSION_LIFETIME.toSeconds(), secure, true, null,
                SameSite.STRICT);
        ctx.cookie(cookie);
    }

    private static String urlWithoutToken(Context ctx) {
        String query = ctx.queryParamMap().entrySet().stream()
                .filter(entry -> !entry.getKey().equals("token"))
                .flatMap(entry -> entry.getValue().stream().map(value -> encode(entry.getKey()) + "=" + encode(value)))
                .collect(Collectors.joining("&"));
        return ctx.path() + (query.isEmpty() ? "" : "?" + query);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static ApiException unauthorized() {
        return new ApiException(HttpStatus.UNAUTHORIZED, "Invalid admin token");
    }

    /** Paths that answer a missing or wrong token with JSON rather than the login page. */
    static boolean wantsJson(Context ctx) {
        String path = ctx.path();
        String accept = ctx.header("Accept");
        return path.contains("/admin/api/") || path.contains("/admin/export/")
                || accept == null || !accept.contains("text/html");
    }
}
