package net.sellmeapen.buyer;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * The buyers a scripted session can meet and the words they speak, read once from
 * {@code buyers/profiles.json} and {@code buyers/lines.json}; the session id picks the buyer.
 */
final class BuyerCast {

    /**
     * What the buyer lines file holds: openings per difficulty, lines per situation in two voices,
     * and per concern how it is raised (also after the trainee already spoke to it), pressed, settled
     * and named.
     *
     * @param offerCondition per concern, what would settle it, said unasked once the trainee has gone round it twice
     * @param meanings what each kind of trainee question asks, in the buyer's words, for clarifying questions
     */
    record Lines(Map<String, List<String>> openings, Map<String, List<String>> drillOpenings,
            Map<String, List<String>> friendly, Map<String, List<String>> tough, Map<String, List<String>> concerns,
            Map<String, List<String>> raiseDespite, Map<String, List<String>> press,
            Map<String, List<String>> resolvedBy,
            Map<String, List<String>> hesitation, Map<String, List<String>> wouldBuyIf,
            Map<String, List<String>> offerCondition,
            Map<String, String> concernNames, Map<String, String> meanings,
            Map<String, List<String>> reasons) {
    }

    private final List<BuyerProfile> profiles;
    private final Lines lines;

    BuyerCast() {
        ObjectMapper mapper = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.profiles = List.copyOf(read(mapper, "/buyers/profiles.json", new TypeReference<List<BuyerProfile>>() {
        }));
        this.lines = read(mapper, "/buyers/lines.json", new TypeReference<Lines>() {
        });
    }

    List<BuyerProfile> profiles() {
        return profiles;
    }

    Lines lines() {
        return lines;
    }

    /** The profile this session always meets. */
    BuyerProfile forSession(String sessionId) {
        return profiles.get((int) (hash(sessionId) % profiles.size()));
    }

    /** A stable, non-negative hash of a text (the same on every machine and after restarts). */
    static long hash(String text) {
        CRC32 crc = new CRC32();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }

    private static <T> T read(ObjectMapper mapper, String resource, TypeReference<T> type) {
        try (InputStream in = BuyerCast.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("buyer resource " + resource + " is missing");
            }
            return mapper.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("buyer resource " + resource + " is not readable", e);
        }
    }
}
