package net.sellmeapen.trainee;

import java.time.Instant;

/** A registered trainee; the bearer token is never part of it, only its hash is stored. */
public record Trainee(String id, String name, String email, Instant createdAt) {
}
