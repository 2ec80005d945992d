package net.sellmeapen.trainee;

import java.time.Instant;

/**
 * A registered trainee. Neither a bearer token nor a password is ever part of it: only their hashes
 * are stored, and only whether a password is set is shown.
 */
public record Trainee(String id, String name, String email, Instant createdAt, boolean hasPassword) {
}
