package net.sellmeapen.coaching;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sellmeapen.buyer.BuyerReply;
import net.sellmeapen.buyer.Scene;
import net.sellmeapen.buyer.ScriptedBuyer;
import net.sellmeapen.conversation.Category;
import net.sellmeapen.conversation.Difficulty;
import net.sellmeapen.conversation.Outcome;
import net.sellmeapen.conversation.Source;
import net.sellmeapen.conversation.Speaker;
import net.sellmeapen.conversation.Turn;
import net.sellmeapen.conversation.analysis.ConversationAnalyzer;
import net.sellmeapen.evaluation.Attempt;
import net.sellmeapen.evaluation.CategoryScore;
import net.sellmeapen.evaluation.Evidence;
import net.sellmeapen.evaluation.RubricEvaluator;
import net.sellmeapen.evaluation.SalesEvaluation;

/**
 * "Show me a strong pitch": the {@link ModelSeller} plays the scripted buyer of a difficulty, offline,
 * and each of its lines is annotated with what it earned on the scorecard. The same difficulty
 * always gives the same conversation, so each is played once and kept.
 */
public final class ModelPitch {

    /** Most messages the model seller sends before the pitch is cut off (it decides well before). */
    private static final int MAX_MESSAGES = 16;

    /** What one line earned or cost, in which category. */
    public record Note(String category, String label, String mark, int points) {
    }

    /** One turn of the model conversation with the notes of its trainee line. */
    public record AnnotatedTurn(int seq, Speaker speaker, String text, List<Note> notes) {
    }

    /** The model conversation at a difficulty: its turns, how it ended and its scorecard. */
    public record Pitch(Difficulty difficultyLevel, Outcome outcome, List<AnnotatedTurn> turns,
            SalesEvaluation evaluation) {
    }

    private final ScriptedBuyer buyer;
    private final ConversationAnalyzer analyzer;
    private final RubricEvaluator rubric;
    private final ModelSeller seller;
    private final Map<Difficulty, Pitch> played = new ConcurrentHashMap<>();

    public ModelPitch(ScriptedBuyer buyer, ConversationAnalyzer analyzer, RubricEvaluator rubric, ModelSeller seller) {
        this.buyer = buyer;
        this.analyzer = analyzer;
        this.rubric = rubric;
        this.seller = seller;
    }

    /** The model pitch against the buyer of this difficulty. */
    public Pitch at(Difficulty difficulty) {
        return played.computeIfAbsent(difficulty, this::play);
    }

    private Pitch play(Difficulty difficulty) {
        Scene scene = Scene.practice("model-pitch-" + difficulty.name().toLowerCase(Locale.ROOT), difficulty);
        List<Turn> turns = new ArrayList<>(List.of(new Turn(1, Speaker.BUYER, buyer.opening(scene), Instant.EPOCH)));
        Outcome outcome = Outcome.NO_SALE;
        for (int i = 0; i < MAX_MESSAGES; i++) {
            String line = seller.next(analyzer.analyse(turns));
            BuyerReply reply = buyer.reply(scene, List.copyOf(turns), line);
            turns.add(new Turn(turns.size() + 1, Speaker.TRAINEE, line, Instant.EPOCH));
            turns.add(new Turn(turns.size() + 1, Speaker.BUYER, reply.text(), Instant.EPOCH));
            if (reply.decision() != null) {
                outcome = reply.decision();
                break;
            }
        }
        SalesEvaluation evaluation = rubric.evaluate(new Attempt(turns, difficulty, outcome, Source.SERVER_RECORDED));
        List<AnnotatedTurn> annotated = new ArrayList<>();
        for (Turn turn : turns) {
            List<Note> notes = new ArrayList<>();
            for (Category category : Category.values()) {
                CategoryScore score = evaluation.categories().get(category.key());
                for (Evidence evidence : score.evidence()) {
                    if (evidence.turn() == turn.seq()) {
                        notes.add(new Note(category.key(), category.label(), evidence.mark(), evidence.points()));
                    }
                }
            }
            annotated.add(new AnnotatedTurn(turn.seq(), turn.speaker(), turn.text(), List.copyOf(notes)));
        }
        return new Pitch(difficulty, outcome, List.copyOf(annotated), evaluation);
    }
}
