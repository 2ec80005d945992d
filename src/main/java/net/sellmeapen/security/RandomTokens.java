package net.sellmeapen.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Unguessable identifiers for URLs and secrets for bearer tokens, and the hash we store instead of a secret. */
public final class RandomTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder URL_SAFE = Base64.getUrlEncoder().withoutPadding();

    private RandomTokens() {
    }

    /**
     * 128 random bits, URL-safe: for ids that appear in URLs and exports. An id never starts with
     * {@code -} or {@code _} (drawn again when it would), so a spreadsheet never reads one as a formula
     * and the CSV export need not alter it.
     */
    public static String newId() {
        String id = random(16);
        while (id.charAt(0) == '-' || id.charAt(0) == '_') {
            id = random(16);
        }
        return id;
    }

    /** 256 random bits, URL-safe: for bearer tokens and tickets. */
    public static String newSecret() {
        return random(32);
    }

    /** {@code length} characters drawn uniformly from the alphabet: for codes a person types. */
    public static String fromAlphabet(String alphabet, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    /** Lower-case hex SHA-256 of the text. */
    public static String sha256Hex(String text) {
        return HexFormat.of().formatHex(sha256(text));
    }

    /** SHA-256 of the UTF-8 bytes of the text. */
    public static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK ships SHA-256", e);
        }
    }

    private static String random(int bytes) {
        byte[] buffer = new byte[bytes];
        RANDOM.nextBytes(buffer);
        return URL_SAFE.encodeToString(buffer);
    }

    /** The HMAC-SHA256 of the text under the key, base64url without padding: a signature only the key's holders can make. */
    public static String hmacSha256(byte[] key, String text) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(key, "HmacSHA256"));
            return java.util.Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JDK", e);
        }
    }
}
