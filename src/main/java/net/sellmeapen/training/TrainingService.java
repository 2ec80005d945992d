package net.sellmeapen.training;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import net.sellmeapen.db.Database;
import net.sellmeapen.evaluation.BuyerSignals;
import net.sellmeapen.evaluation.Evaluator;
import net.sellmeapen.evaluation.SalesEvaluation;
import net.sellmeapen.trainee.Trainee;
import net.sellmeapen.web.ApiException;
import net.sellmeapen.web.RandomTokens;

/** Starts, shows and completes training sessions; a trainee only ever sees their own. */
public final class TrainingService {

    private final TrainingRepository repository;
    private final Evaluator evaluator;
    private final Clock clock;

    public TrainingService(Database database, ObjectMapper mapper, Evaluator evaluator, Clock clock) {
        this.repository = new TrainingRepository(database, mapper);
        this.evaluator = evaluator;
        this.clock = clock;
    }

    /** A completed session and its scorecard. */
    public record Completion(TrainingSession session, SalesEvaluation evaluation) {
    }

    /** A trainee's sessions, newest first, and their progress. */
    public record History(List<SessionSummary> sessions, Progress progress) {
    }

    public TrainingSession start(Trainee trainee, Difficulty difficulty, Mode mode) {
        TrainingSession session = new TrainingSession(RandomTokens.newId(), trainee.id(), difficulty, mode,
                Status.IN_PROGRESS, null, now(), null, null, null, null, null, List.of(), null);
        repository.insert(session);
        return session;
    }

    /** The trainee's session; someone else's is reported as missing, so ids are never confirmed. */
    public TrainingSession get(Trainee trainee, String sessionId) {
        return repository.find(sessionId)
                .filter(session -> session.userId().equals(trainee.id()))
                .orElseThrow(() -> ApiException.notFound("no training session with id '" + sessionId + "'"));
    }

    /**
     * Scores the session and marks it completed. Turns the server recorded are the record; otherwise
     * the transcript sent with the request (text or list form) is parsed and stored as the turns.
     */
    public Completion complete(Trainee trainee, String sessionId, JsonNode transcript) {
        TrainingSession session = get(trainee, sessionId);
        if (session.status() != Status.IN_PROGRESS) {
            throw alreadyFinished(session);
        }
        Instant now = now();
        List<Turn> turns = session.turns();
        List<Turn> newTurns = List.of();
        if (turns.isEmpty()) {
            newTurns = parse(transcript, now);
            turns = newTurns;
        }
        boolean traineeSpoke = turns.stream()
                .anyMatch(turn -> turn.speaker() == Speaker.TRAINEE && turn.text().codePoints().anyMatch(Character::isLetter));
        if (!traineeSpoke) {
            throw ApiException.badRequest("nothing to evaluate: the transcript has no words from the trainee");
        }
        SalesEvaluation evaluation = evaluator.evaluate(turns, session.difficultyLevel());
        Outcome outcome = session.outcome() != null ? session.outcome()
                : BuyerSignals.agreed(turns) ? Outcome.SALE : Outcome.NO_SALE;
        if (!repository.complete(sessionId, newTurns, TranscriptParser.render(turns), evaluation, outcome, now)) {
            throw alreadyFinished(get(trainee, sessionId));
        }
        return new Completion(get(trainee, sessionId), evaluation);
    }

    public History history(Trainee trainee, int limit) {
        return new History(repository.history(trainee.id(), limit), repository.progress(trainee.id()));
    }

    /** Best weighted score per trainee, at one difficulty or (null) all. */
    public List<LeaderboardEntry> leaderboard(Difficulty difficulty, int limit) {
        return repository.leaderboard(difficulty, limit);
    }

    private static List<Turn> parse(JsonNode transcript, Instant at) {
        if (transcript == null || transcript.isNull()) {
            throw ApiException.badRequest("nothing to evaluate: send 'transcript' as text (\"Trainee: …\\nBuyer: …\")"
                    + " or as a list of {speaker, text}");
        }
        if (transcript.isTextual()) {
            return TranscriptParser.parseText(transcript.asText(), at);
        }
        if (transcript.isArray()) {
            return TranscriptParser.parseList(transcript, at);
        }
        throw ApiException.badRequest("'transcript' must be a string or a list of {speaker, text}");
    }

    private static ApiException alreadyFinished(TrainingSession session) {
        return ApiException.conflict("this session is already " + session.status().name().toLowerCase()
                .replace('_', ' ') + "; start a new one to practise again");
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }
}
