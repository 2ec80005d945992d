package net.sellmeapen.evaluation;

import java.util.List;
import net.sellmeapen.conversation.Category;

/** What one rule found: its score (clamped to 0–20), why, the evidence, and tips to do better. */
record CategoryResult(int score, String feedback, List<Evidence> evidence, List<String> tips) {

    /** Most evidence quotes shown per category. */
    static final int MAX_EVIDENCE = 4;

    CategoryResult {
        score = Math.max(0, Math.min(Category.MAX_SCORE, score));
        evidence = List.copyOf(evidence);
        tips = List.copyOf(tips);
    }

    static CategoryResult of(Ledger ledger, String feedback, List<String> tips) {
        return new CategoryResult(ledger.points(), feedback, ledger.evidence(MAX_EVIDENCE), tips);
    }

    CategoryScore toScore() {
        return new CategoryScore(score, Category.MAX_SCORE, feedback, evidence);
    }

    /** "1 question", "3 questions". */
    static String count(int count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }
}
