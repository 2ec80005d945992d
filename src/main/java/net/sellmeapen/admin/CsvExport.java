package net.sellmeapen.admin;

import java.util.ArrayList;
import java.util.List;
import net.sellmeapen.coaching.DeliveryAnalytics;
import net.sellmeapen.conversation.Category;

/** Sessions as RFC 4180 CSV, with cells that a spreadsheet would run as formulas defused. */
final class CsvExport {

    static final List<String> HEADER = List.of("id", "trainee_id", "trainee", "trainee_email", "difficulty_level",
            "mode", "kind", "drill", "hints", "status", "outcome", "total_score", "weighted_score",
            "needs_discovery", "value_proposition", "urgency_creation", "objection_handling", "closing_technique",
            "talk_share_percent", "speaking_share_percent", "questions", "open_questions", "turns_to_first_question",
            "longest_monologue_words", "fillers_per_100_words", "words_per_minute", "started_at", "completed_at",
            "duration_seconds", "evaluator", "source", "manager_note");

    private CsvExport() {
    }

    static String sessions(List<AdminRepository.SessionRow> rows) {
        StringBuilder csv = new StringBuilder();
        line(csv, HEADER);
        for (AdminRepository.SessionRow row : rows) {
            List<String> cells = new ArrayList<>(List.of(row.id(), row.userId(), row.trainee(), text(row.traineeEmail()),
                    row.difficultyLevel(), row.mode(), row.kind(), text(row.drill()), row.hints() ? "yes" : "no",
                    row.status(), text(row.outcome()), text(row.totalScore()), text(row.weightedScore())));
            for (Category category : Category.values()) {
                cells.add(text(row.categoryScores() == null ? null : row.categoryScores().get(category.key())));
            }
            DeliveryAnalytics analytics = row.analytics();
            cells.addAll(analytics == null ? java.util.Collections.nCopies(8, "") : List.of(
                    text(analytics.talkSharePercent()), text(analytics.speakingSharePercent()),
                    text(analytics.questions()), text(analytics.openQuestions()), text(analytics.turnsToFirstQuestion()),
                    text(analytics.longestMonologueWords()), text(analytics.fillersPer100Words()),
                    text(analytics.wordsPerMinute())));
            cells.addAll(List.of(row.startedAt().toString(), text(row.completedAt()), text(row.durationSeconds()),
                    text(row.evaluator()), text(row.source()), text(row.managerNote())));
            line(csv, cells);
        }
        return csv.toString();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cell(cells.get(i)));
        }
        csv.append("\r\n");
    }

    /** Quotes when needed (comma, quote, line break) and prefixes formula starters with an apostrophe. */
    static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
