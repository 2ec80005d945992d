/**
 * Training sessions: difficulty, starting a session, the turns of its conversation, completing it
 * with a scorecard, a trainee's history and progress, and the leaderboard — with the REST routes
 * and the repository behind them.
 */
package net.sellmeapen.training;
