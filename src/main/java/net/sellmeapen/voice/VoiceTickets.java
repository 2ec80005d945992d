package net.sellmeapen.voice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import net.sellmeapen.trainee.Trainee;
import net.sellmeapen.security.RandomTokens;

/**
 * One-time, short-lived tickets that let a browser open the voice WebSocket (browsers cannot set
 * an Authorization header on a WebSocket). Only the ticket's hash is kept, in memory.
 */
public final class VoiceTickets {

    static final Duration LIFETIME = Duration.ofSeconds(30);

    /** Who a ticket was issued to, for which session, until when. */
    record Ticket(Trainee trainee, String sessionId, Instant expiresAt) {
    }

    private final Map<String, Ticket> byHash = new ConcurrentHashMap<>();
    private final Clock clock;

    public VoiceTickets(Clock clock) {
        this.clock = clock;
    }

    /** A new ticket for this trainee and session; expired ones are swept on the way. */
    String issue(Trainee trainee, String sessionId) {
        Instant now = clock.instant();
        byHash.values().removeIf(ticket -> ticket.expiresAt().isBefore(now));
        String secret = RandomTokens.newSecret();
        byHash.put(RandomTokens.sha256Hex(secret), new Ticket(trainee, sessionId, now.plus(LIFETIME)));
        return secret;
    }

    /** Uses the ticket up: present only once, before it expires, and for the session it was issued for. */
    Optional<Ticket> redeem(String secret, String sessionId) {
        if (secret == null || secret.isBlank()) {
            return Optional.empty();
        }
        Ticket ticket = byHash.remove(RandomTokens.sha256Hex(secret));
        if (ticket == null || ticket.expiresAt().isBefore(clock.instant()) || !ticket.sessionId().equals(sessionId)) {
            return Optional.empty();
        }
        return Optional.of(ticket);
    }
}
