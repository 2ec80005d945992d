package net.sellmeapen.evaluation;

import java.util.List;

/** One category's score with why: feedback, and the trainee's own words that earned or cost points. */
public record CategoryScore(int score, int maxScore, String feedback, List<Evidence> evidence) {
}
