/**
 * Training sessions: starting one, the turns of its conversation, completing it with a scorecard,
 * a trainee's history and progress, and the leaderboard — the service, its repository and the REST
 * routes. Failures are domain exceptions ({@code SessionNotFoundException},
 * {@code SessionFinishedException}, …) that only the web layer turns into statuses.
 */
package net.sellmeapen.training;
