package net.sellmeapen.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What one rubric rule found: its score, why, the trainee's words behind it, and what to try next. */
record CategoryResult(int score, String feedback, List<String> evidence, List<String> tips) {

    private static final int MAX_QUOTE = 200;
    private static final int MAX_EVIDENCE = 3;

    CategoryResult {
        score = Math.max(0, Math.min(Category.MAX_SCORE, score));
        evidence = List.copyOf(evidence);
        tips = List.copyOf(tips);
    }

    CategoryScore toScore() {
        return new CategoryScore(score, Category.MAX_SCORE, feedback, evidence);
    }

    /** Collects distinct quotes of the trainee's sentences, at most three, in the order found. */
    static final class Evidence {
        private final Set<String> quotes = new LinkedHashSet<>();

        Evidence add(PitchAnalysis.Sentence sentence) {
            if (quotes.size() < MAX_EVIDENCE) {
                String text = sentence.text();
                quotes.add(text.length() <= MAX_QUOTE ? text : text.substring(0, MAX_QUOTE - 1) + "…");
            }
            return this;
        }

        Evidence addAll(List<PitchAnalysis.Sentence> sentences) {
            sentences.forEach(this::add);
            return this;
        }

        List<String> list() {
            return new ArrayList<>(quotes);
        }
    }

    static String plural(int count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }
}
