package net.sellmeapen.voice;

import static net.sellmeapen.db.jooq.Tables.VOICE_TICKETS;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import net.sellmeapen.db.Database;
import net.sellmeapen.db.jooq.tables.records.VoiceTicketsRecord;
import net.sellmeapen.security.RandomTokens;
import net.sellmeapen.trainee.Trainee;

/**
 * One-time, short-lived tickets that let a browser open the voice WebSocket (browsers cannot set
 * an Authorization header on a WebSocket). Only a ticket's hash is kept, in the database, so a
 * ticket issued by one app instance opens the socket on any other.
 */
public final class VoiceTickets {

    static final Duration LIFETIME = Duration.ofSeconds(30);

    /** Who a ticket was issued to, for which session, until when. */
    record Ticket(String traineeId, String sessionId, Instant expiresAt) {
    }

    private final Database database;
    private final Clock clock;

    public VoiceTickets(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** A new ticket for this trainee and session; expired ones are swept on the way. */
    String issue(Trainee trainee, String sessionId) {
        Instant now = clock.instant();
        String secret = RandomTokens.newSecret();
        database.write(dsl -> {
            dsl.deleteFrom(VOICE_TICKETS).where(VOICE_TICKETS.EXPIRES_AT.lt(now)).execute();
            return dsl.insertInto(VOICE_TICKETS).set(VOICE_TICKETS.TICKET_HASH, RandomTokens.sha256Hex(secret))
                    .set(VOICE_TICKETS.SESSION_ID, sessionId).set(VOICE_TICKETS.USER_ID, trainee.id())
                    .set(VOICE_TICKETS.EXPIRES_AT, now.plus(LIFETIME)).execute();
        });
        return secret;
    }

    /** Uses the ticket up: present only once, before it expires, and for the session it was issued for. */
    Optional<Ticket> redeem(String secret, String sessionId) {
        if (secret == null || secret.isBlank()) {
            return Optional.empty();
        }
        String hash = RandomTokens.sha256Hex(secret);
        // read and deleted in one transaction: of two sockets presenting it, on any instances, one gets it
        VoiceTicketsRecord ticket = database.write(dsl -> {
            VoiceTicketsRecord found = dsl.selectFrom(VOICE_TICKETS).where(VOICE_TICKETS.TICKET_HASH.eq(hash))
                    .fetchOne();
            if (found != null) {
                dsl.deleteFrom(VOICE_TICKETS).where(VOICE_TICKETS.TICKET_HASH.eq(hash)).execute();
            }
            return found;
        });
        if (ticket == null || ticket.getExpiresAt().isBefore(clock.instant())
                || !ticket.getSessionId().equals(sessionId)) {
            return Optional.empty();
        }
        return Optional.of(new Ticket(ticket.getUserId(), ticket.getSessionId(), ticket.getExpiresAt()));
    }
}
