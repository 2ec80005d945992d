package net.sellmeapen.evaluation;

import static net.sellmeapen.evaluation.CategoryResult.count;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.sellmeapen.conversation.Category;
import net.sellmeapen.conversation.Difficulty;
import net.sellmeapen.conversation.Outcome;
import net.sellmeapen.conversation.Product;
import net.sellmeapen.conversation.analysis.ConversationAnalysis;
import net.sellmeapen.conversation.analysis.ConversationAnalyzer;
import net.sellmeapen.conversation.analysis.TraineeTurnReading;

/**
 * The offline evaluator: five explainable rules over the {@link ConversationAnalysis}, crediting
 * substance — real questions, benefits built on what this buyer said, checkable facts, concerns
 * answered — and charging for superlatives, pressure, ignored concerns, early asks and repeats.
 * Every point is quoted with its turn. Deterministic: the same attempt always gets the same scorecard.
 */
public final class RubricEvaluator implements Evaluator {

    /** The name stored with every scorecard this evaluator makes. */
    public static final String NAME = "rubric";
    private static final int MIN_RECOMMENDATIONS = 3;
    private static final int MAX_RECOMMENDATIONS = 5;

    private final ConversationAnalyzer analyzer;
    private final TurningPoints turningPoints;
    private final NeedsDiscoveryRule discovery = new NeedsDiscoveryRule();
    private final ValuePropositionRule value;
    private final UrgencyRule urgency;
    private final ObjectionHandlingRule objections = new ObjectionHandlingRule();
    private final ClosingRule closing = new ClosingRule();

    public RubricEvaluator(ConversationAnalyzer analyzer, Product product) {
        this.analyzer = analyzer;
        this.turningPoints = new TurningPoints(product);
        this.value = new ValuePropositionRule(product);
        this.urgency = new UrgencyRule(product);
    }

    @Override
    public SalesEvaluation evaluate(Attempt attempt) {
        Scoring scoring = new Scoring(attempt, attempt.drill() == null
                ? analyzer.analyse(attempt.turns()) : analyzer.analyseDrill(attempt.turns()));
        Map<Category, CategoryResult> results = new EnumMap<>(Category.class);
        results.put(Category.NEEDS_DISCOVERY, discovery.score(scoring));
        results.put(Category.VALUE_PROPOSITION, value.score(scoring));
        results.put(Category.URGENCY_CREATION, urgency.score(scoring));
        results.put(Category.CLOSING_TECHNIQUE, closing.score(scoring));
        int others = Math.round(results.values().stream().mapToInt(CategoryResult::score).sum() / 4f);
        results.put(Category.OBJECTION_HANDLING, objections.score(scoring, others));

        Map<Category, CategoryScore> scores = new EnumMap<>(Category.class);
        results.forEach((category, result) -> scores.put(category, result.toScore()));
        List<Category> weakestFirst = new ArrayList<>(results.keySet());
        weakestFirst.sort(Comparator.comparingInt((Category category) -> results.get(category).score())
                .thenComparing(Category::ordinal));
        return SalesEvaluation.of(scores, attempt.difficulty(), NAME, null, attempt.source(),
                overallFeedback(results, weakestFirst, scoring), turningPoints.find(scoring),
                recommendations(results, weakestFirst), concerns(scoring), repeatedTurns(scoring));
    }

    static List<SalesEvaluation.ConcernSummary> concerns(Scoring scoring) {
        return scoring.analysis().concerns().stream()
                .map(episode -> new SalesEvaluation.ConcernSummary(episode.concern().description(),
                        scoring.seq(episode.raisedAt()), episode.raisedText(), !episode.isOpen(),
                        episode.isOpen() ? null : scoring.seq(episode.answeredAt())))
                .toList();
    }

    static List<Integer> repeatedTurns(Scoring scoring) {
        return scoring.analysis().traineeTurns().stream().filter(TraineeTurnReading::isRepeat)
                .map(turn -> scoring.seq(turn.index())).toList();
    }

    private static String overallFeedback(Map<Category, CategoryResult> results, List<Category> weakestFirst,
            Scoring scoring) {
        int total = results.values().stream().mapToInt(CategoryResult::score).sum();
        Difficulty difficulty = scoring.attempt().difficulty();
        StringBuilder text = new StringBuilder("You scored " + total + "/100 (grade " + SalesEvaluation.grade(total)
                + "), " + difficulty.weighted(total) + " weighted at " + difficulty.label() + " (×"
                + difficulty.multiplier() + ").");
        Category strongest = weakestFirst.get(weakestFirst.size() - 1);
        Category weakest = weakestFirst.get(0);
        int best = results.get(strongest).score();
        if (best >= Category.MAX_SCORE / 2 && best > results.get(weakest).score()) {
            text.append(" Strongest: ").append(strongest.label()).append(" (").append(best).append("/20).");
        }
        text.append(" Work on ").append(weakest.label().toLowerCase(java.util.Locale.ROOT)).append(" first (")
                .append(results.get(weakest).score()).append("/20).");
        Outcome outcome = scoring.attempt().outcome();
        if (outcome == Outcome.SALE) {
            text.append(total >= 70 ? " The buyer bought, and you earned it." : " The buyer bought, though the"
                    + " selling behind it was thin.");
        } else if (outcome == Outcome.NO_SALE) {
            int open = scoring.analysis().openConcerns().size();
            text.append(" The buyer did not buy").append(open > 0 ? ": " + count(open, "concern was", "concerns were")
                    + " still open." : ".");
        }
        if (!scoring.analysis().traineeTurns().isEmpty() && scoring.traineeTurnCount() < 3) {
            text.append(" The conversation was very short: a pen is sold in a dialogue, not a single speech.");
        }
        int repeats = repeatedTurns(scoring).size();
        if (repeats > 0) {
            text.append(' ').append(count(repeats, "turn repeated", "turns repeated"))
                    .append(" something you had already said and earned nothing.");
        }
        return text.toString();
    }

    /** The tips of the weakest categories first, at least three. */
    private static List<String> recommendations(Map<Category, CategoryResult> results, List<Category> weakestFirst) {
        Set<String> picked = new LinkedHashSet<>();
        for (Category category : weakestFirst.subList(0, MIN_RECOMMENDATIONS)) {
            picked.add(results.get(category).tips().get(0));
        }
        for (Category category : weakestFirst) {
            for (String tip : results.get(category).tips()) {
                if (picked.size() >= MAX_RECOMMENDATIONS) {
                    return List.copyOf(picked);
                }
                if (results.get(category).score() < Category.MAX_SCORE) {
                    picked.add(tip);
                }
            }
        }
        return List.copyOf(picked);
    }
}
