package net.sellmeapen.admin;

import java.util.List;

/** Sessions as RFC 4180 CSV, with cells that a spreadsheet would run as formulas defused. */
final class CsvExport {

    static final List<String> HEADER = List.of("id", "trainee", "difficulty_level", "mode", "status", "outcome",
            "total_score", "weighted_score", "started_at", "completed_at", "duration_seconds", "evaluator", "source");

    private CsvExport() {
    }

    static String sessions(List<AdminRepository.SessionRow> rows) {
        StringBuilder csv = new StringBuilder();
        line(csv, HEADER);
        for (AdminRepository.SessionRow row : rows) {
            line(csv, List.of(row.id(), row.trainee(), row.difficultyLevel(), row.mode(), row.status(),
                    text(row.outcome()), text(row.totalScore()), text(row.weightedScore()), row.startedAt().toString(),
                    text(row.completedAt()), text(row.durationSeconds()), text(row.evaluator()),
                    text(row.source())));
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
