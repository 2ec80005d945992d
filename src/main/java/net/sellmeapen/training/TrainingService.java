package net.sellmeapen.training;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.sellmeapen.buyer.Buyer;
import net.sellmeapen.buyer.BuyerReply;
import net.sellmeapen.buyer.Scene;
import net.sellmeapen.coaching.DeliveryAnalytics;
import net.sellmeapen.coaching.Hints;
import net.sellmeapen.conversation.Category;
import net.sellmeapen.buyer.BuyerUnavailableException;
import net.sellmeapen.evaluation.Attempt;
import net.sellmeapen.evaluation.Evaluator;
import net.sellmeapen.evaluation.SalesEvaluation;
import net.sellmeapen.conversation.Difficulty;
import net.sellmeapen.conversation.Outcome;
import net.sellmeapen.conversation.Source;
import net.sellmeapen.conversation.Speaker;
import net.sellmeapen.conversation.Transcripts;
import net.sellmeapen.conversation.Turn;
import net.sellmeapen.conversation.analysis.ConversationAnalysis;
import net.sellmeapen.conversation.analysis.ConversationAnalyzer;
import net.sellmeapen.errors.InvalidInputException;
import net.sellmeapen.errors.LimitReachedException;
import net.sellmeapen.errors.UnavailableException;
import net.sellmeapen.errors.WrongStateException;
import net.sellmeapen.llm.CallBudget;
import net.sellmeapen.llm.OverBudgetException;
import net.sellmeapen.security.RandomTokens;
import net.sellmeapen.security.RateLimiter;
import net.sellmeapen.security.WindowLimiter;
import net.sellmeapen.trainee.Trainee;

/** Starts, shows and completes training sessions; a trainee only ever sees their own. */
public final class TrainingService {

    /** Longest message a trainee may send, in characters; a voice turn is cut to this length too. */
    public static final int MAX_MESSAGE_LENGTH = 2_000;
    /** Trainees whose recent sessions and messages are counted at once; the least recently active forgotten first. */
    static final int MAX_TRAINEES_COUNTED = 100_000;
    private final SessionLocks sessionLocks = new SessionLocks(LOCK_WAIT);
    /** Longest a request waits for another on the same session (a model call has its own, shorter, deadline). */
    static final Duration LOCK_WAIT = Duration.ofSeconds(60);
    /** Times a completion scores again because a turn got in while it was scoring. */
    static final int MAX_COMPLETE_ATTEMPTS = 3;
    /** A new session's buyer is none of the buyers of the trainee's last this many sessions. */
    static final int RECENT_BUYERS = 3;
    /** Ids drawn at most to find such a buyer (with 16 buyers and 3 excluded, nearly always the first or second). */
    private static final int MAX_DRAWS = 32;

    private final TrainingRepository repository;
    private final Evaluator evaluator;
    private final Buyer buyer;
    private final CallBudget budget;
    private final ConversationAnalyzer analyzer;
    private final Clock clock;
    private final boolean voiceAvailable;
    private final MeterRegistry metrics;
    private final RateLimiter sessionsStarted;
    private final RateLimiter messagesSent;
    private volatile LiveCalls liveCalls = LiveCalls.NONE;

    /**
     * @param budget caps model-backed calls (LLM buyer messages, LLM scoring) per trainee and minute
     */
    /** What a trainee is told when voice is not set up here (the operator's reason is in the start-up log). */
    public static final String VOICE_UNAVAILABLE = "Voice practice isn't available on this server yet. Text practice"
            + " works the same way: choose Text.";

    public TrainingService(TrainingRepository repository, Evaluator evaluator, Buyer buyer, CallBudget budget,
            ConversationAnalyzer analyzer, boolean voiceAvailable, TrainingLimits limits, MeterRegistry metrics,
            Clock clock) {
        this.repository = repository;
        this.sessionsStarted = limits.limiters().create("sessions-started", limits.sessionsPerHour(),
                Duration.ofHours(1), MAX_TRAINEES_COUNTED);
        this.messagesSent = limits.limiters().create("messages-sent", limits.messagesPerMinute(),
                Duration.ofMinutes(1), MAX_TRAINEES_COUNTED);
        this.metrics = metrics;
        this.voiceAvailable = voiceAvailable;
        this.analyzer = analyzer;
        this.evaluator = evaluator;
        this.buyer = buyer;
        this.budget = budget;
        this.clock = clock;
    }

    /** What a 503 from an unavailable buyer carries: whether the trainee's message was kept. */
    public record Unavailable(boolean messageSaved, Turn message) {
    }

    /**
     * One exchange of a text session: what the trainee said, what the buyer answered, any decision,
     * and a hint when the session has hints on.
     */
    public record Exchange(Turn message, Turn reply, Outcome outcome, String hint) {
    }

    /** A completed session and its scorecard. */
    public record Completion(TrainingSession session, SalesEvaluation evaluation) {
    }

    /** A trainee's sessions, newest first, and their progress. */
    public record History(List<SessionSummary> sessions, Progress progress) {
    }

    /** Where live calls are told that a session ended; set once when the voice proxy is built. */
    public void endLiveCallsWith(LiveCalls calls) {
        this.liveCalls = calls;
    }

    /** A session ended outside this service (an admin abandoned it): its live call, if any, ends too. */
    public void sessionEnded(String sessionId) {
        liveCalls.ended(sessionId);
    }

    /**
     * Starts a session; in text mode the buyer's opening line is its first turn. A drill (a skill
     * given) is a short text session whose buyer opens where that skill is needed.
     */
    public TrainingSession start(Trainee trainee, Difficulty difficulty, Mode mode, Category drill) {
        if (drill != null && mode != Mode.TEXT) {
            throw new InvalidInputException("drills are typed: start a drill with mode TEXT");
        }
        if (mode == Mode.VOICE && !voiceAvailable) {
            throw new UnavailableException(VOICE_UNAVAILABLE);
        }
        sessionsStarted.tryAcquire(trainee.id()).ifPresent(wait -> {
            throw new LimitReachedException("you started " + sessionsStarted.limit() + " sessions in the last hour,"
                    + " the most there can be; finish one of them, or start another in "
                    + WindowLimiter.describe(wait), wait);
        });
        String id = freshBuyerSessionId(trainee);
        Instant now = now();
        List<Turn> turns = mode == Mode.TEXT
                ? List.of(new Turn(1, Speaker.BUYER, buyer.opening(new Scene(id, difficulty, drill)), now))
                : List.of();
        TrainingSession session = new TrainingSession(id, trainee.id(), difficulty, mode, Status.IN_PROGRESS, null,
                now, null, null, null, null, Source.SERVER_RECORDED,
                drill == null ? SessionKind.PRACTICE : SessionKind.DRILL, drill, false, null, turns, null, null);
        repository.insert(session);
        return session;
    }

    /**
     * A new session id whose buyer the trainee did not meet in their last few sessions: the persona
     * follows from the id, so the id is drawn again (a bounded number of times) while it names one of them.
     */
    private String freshBuyerSessionId(Trainee trainee) {
        Set<String> recent = new HashSet<>();
        repository.history(trainee.id(), RECENT_BUYERS).forEach(past -> recent.add(buyer.persona(past.id())));
        String id = RandomTokens.newId();
        for (int draw = 1; draw < MAX_DRAWS && recent.contains(buyer.persona(id)); draw++) {
            id = RandomTokens.newId();
        }
        return id;
    }

    /** Turns in-chat hints on for an in-progress session: it is marked, and never ranked. */
    public TrainingSession enableHints(Trainee trainee, String sessionId) {
        TrainingSession session = get(trainee, sessionId);
        if (session.status() != Status.IN_PROGRESS || !repository.enableHints(sessionId)) {
            throw new SessionFinishedException(session.status());
        }
        return get(trainee, sessionId);
    }

    /**
     * Sends the trainee's message to the buyer and stores both turns (and the buyer's decision, if
     * this reply makes one) before returning.
     */
    public Exchange say(Trainee trainee, String sessionId, String text) {
        try (SessionLocks.Held held = sessionLocks.lock(sessionId)) {
            return sayLocked(trainee, sessionId, text);
        }
    }

    private Exchange sayLocked(Trainee trainee, String sessionId, String text) {
        TrainingSession session = get(trainee, sessionId);
        if (session.status() != Status.IN_PROGRESS) {
            throw new SessionFinishedException(session.status());
        }
        if (session.mode() != Mode.TEXT) {
            throw new WrongStateException("this is a voice session: talk to the buyer over the voice connection");
        }
        if (session.outcome() != null) {
            throw new WrongStateException("the buyer has already decided (" + session.outcome()
                    + "); end the session to get your scorecard");
        }
        messagesSent.tryAcquire(trainee.id()).ifPresent(wait -> {
            throw new LimitReachedException("that is more than " + messagesSent.limit() + " messages a minute; give"
                    + " the buyer a moment and send again in " + WindowLimiter.describe(wait), wait);
        });
        if (buyer.callsModel()) {
            spend(trainee);
        }
        int lastSeq = session.turns().isEmpty() ? 0 : session.turns().get(session.turns().size() - 1).seq();
        Instant now = now();
        BuyerReply reply;
        try {
            reply = buyer.reply(scene(session), session.turns(), text);
        } catch (BuyerUnavailableException e) {
            Turn kept = new Turn(lastSeq + 1, Speaker.TRAINEE, text, now);
            boolean saved = repository.appendTurns(session.id(), lastSeq, List.of(kept), null);
            throw new UnavailableException("The buyer is unavailable right now (" + e.getMessage()
                    + "). Your message is saved: send another message to try again, or end the session to be"
                    + " scored.", new Unavailable(saved, saved ? kept : null));
        }
        Turn message = new Turn(lastSeq + 1, Speaker.TRAINEE, text, now);
        Turn answer = new Turn(lastSeq + 2, Speaker.BUYER, reply.text(), now);
        if (!repository.appendTurns(session.id(), lastSeq, List.of(message, answer), reply.decision())) {
            throw new WrongStateException("the session changed while your message was on its way; reload it and"
                    + " send again");
        }
        String hint = null;
        if (session.hints() && reply.decision() == null) {
            List<Turn> said = new java.util.ArrayList<>(session.turns());
            said.add(message);
            said.add(answer);
            hint = Hints.next(analyse(session, said)).orElse(null);
        }
        return new Exchange(message, answer, reply.decision(), hint);
    }

    private static Scene scene(TrainingSession session) {
        return new Scene(session.id(), session.difficultyLevel(), session.drill());
    }

    private ConversationAnalysis analyse(TrainingSession session, List<Turn> turns) {
        return session.drill() == null ? analyzer.analyse(turns) : analyzer.analyseDrill(turns);
    }

    /** Any trainee's session with its turns and scorecard, for the admin panel. */
    public Optional<TrainingSession> find(String sessionId) {
        return repository.find(sessionId);
    }

    /** The trainee's session; someone else's is reported as missing, so ids are never confirmed. */
    public TrainingSession get(Trainee trainee, String sessionId) {
        return findOwned(trainee, sessionId).orElseThrow(() -> new SessionNotFoundException(sessionId));
    }

    /** The trainee's session, or empty when there is none with this id or it is someone else's. */
    public Optional<TrainingSession> findOwned(Trainee trainee, String sessionId) {
        return findOwned(trainee.id(), sessionId);
    }

    /** The session of the trainee with this id, or empty when there is none with this id or it is someone else's. */
    public Optional<TrainingSession> findOwned(String traineeId, String sessionId) {
        return repository.find(sessionId).filter(session -> session.userId().equals(traineeId));
    }

    /**
     * Scores the session and marks it completed. Turns the server recorded are the record once the
     * trainee has said something in them; otherwise the transcript sent with the request (text or
     * list form) is parsed and replaces them — a self-reported session, scored but never ranked, whose
     * outcome is not trusted (none is stored). Audio sent without a transcript cannot be scored. A
     * server-recorded session in which the buyer never decided ends without a sale.
     */
    public Completion complete(Trainee trainee, String sessionId, JsonNode transcript, boolean audioSent) {
        try (SessionLocks.Held held = sessionLocks.lock(sessionId)) {
            TrainingSession session = get(trainee, sessionId);
            if (session.mode() == Mode.VOICE && session.status() == Status.IN_PROGRESS) {
                liveCalls.ended(sessionId); // the call ends first, its last lines stored, so it adds nothing more
            }
            for (int attempt = 1; attempt <= MAX_COMPLETE_ATTEMPTS; attempt++) {
                Optional<Completion> done = tryComplete(trainee, get(trainee, sessionId), transcript, audioSent,
                        attempt);
                if (done.isPresent()) {
                    liveCalls.ended(sessionId);
                    return done.get();
                }
            }
        }
        throw new WrongStateException("the conversation kept changing while it was being scored; end the voice call"
                + " or wait for your last message, then complete again");
    }


    /**
     * Scores the session as it is now and completes it, unless a turn was added meanwhile (a message
     * or a voice turn while the scorecard was made): then empty, and the caller scores again, so
     * every acknowledged turn is in the scored transcript.
     */
    private Optional<Completion> tryComplete(Trainee trainee, TrainingSession session, JsonNode transcript,
            boolean audioSent, int attempt) {
        if (session.status() != Status.IN_PROGRESS) {
            throw new SessionFinishedException(session.status());
        }
        Instant now = now();
        List<Turn> turns = session.turns();
        int lastSeq = turns.isEmpty() ? 0 : turns.get(turns.size() - 1).seq();
        List<Turn> newTurns = null;
        boolean traineeRecorded = turns.stream().anyMatch(turn -> turn.speaker() == Speaker.TRAINEE);
        boolean transcriptSent = transcript != null && !transcript.isNull();
        if (!traineeRecorded && !transcriptSent && audioSent) {
            throw new InvalidInputException("audioData alone cannot be scored: send the transcript, or use voice"
                    + " mode, where the server records the conversation itself");
        }
        if (!traineeRecorded && (transcriptSent || turns.isEmpty())) {
            newTurns = parse(transcript, now);
            turns = newTurns;
        }
        boolean traineeSpoke = turns.stream()
                .anyMatch(turn -> turn.speaker() == Speaker.TRAINEE && turn.text().codePoints().anyMatch(Character::isLetter));
        if (!traineeSpoke) {
            throw new InvalidInputException("nothing to evaluate: the transcript has no words from the trainee");
        }
        if (evaluator.callsModel() && attempt == 1) {
            spend(trainee);
        }
        Source source = newTurns == null ? Source.SERVER_RECORDED : Source.SELF_REPORTED;
        Outcome outcome = source == Source.SELF_REPORTED ? null
                : session.outcome() != null ? session.outcome() : Outcome.NO_SALE;
        SalesEvaluation evaluation = evaluator.evaluate(new Attempt(turns, session.difficultyLevel(), outcome, source,
                session.drill()));
        DeliveryAnalytics analytics = DeliveryAnalytics.of(analyse(session, turns));
        switch (repository.complete(session.id(), lastSeq, newTurns, Transcripts.render(turns), evaluation, analytics,
                outcome, source, now)) {
            case NOT_IN_PROGRESS -> throw new SessionFinishedException(get(trainee, session.id()).status());
            case TURNS_CHANGED -> {
                return Optional.empty();
            }
            case DONE -> {
                // counted once it is stored, so a scorecard made again is not counted twice
            }
        }
        Counter.builder("evaluations").description("Scorecards by the engine that scored them and where the"
                + " conversation came from").tag("evaluator", engineOf(evaluation.evaluator()))
                .tag("source", source.name().toLowerCase(java.util.Locale.ROOT)).register(metrics).increment();
        return Optional.of(new Completion(get(trainee, session.id()), evaluation));
    }

    /** The engine's name for a metric tag: "rubric", "llm", or "rubric-fallback" (never the failure's words). */
    private static String engineOf(String evaluator) {
        String name = evaluator == null ? "unknown" : evaluator.split("[ (]", 2)[0];
        return evaluator != null && evaluator.contains("fallback") ? name + "-fallback" : name;
    }

    /**
     * Records one turn said in a live (voice) conversation, as it happens, with how long it took to
     * say (null when unknown); empty once the session is over.
     */
    public Optional<Turn> recordTurn(String sessionId, Speaker speaker, String text, Integer spokenMs) {
        String kept = text.length() <= MAX_MESSAGE_LENGTH ? text
                : text.substring(0, Character.isHighSurrogate(text.charAt(MAX_MESSAGE_LENGTH - 1))
                        ? MAX_MESSAGE_LENGTH - 1 : MAX_MESSAGE_LENGTH) + "…";
        return repository.appendTurn(sessionId, speaker, kept, now(), spokenMs);
    }

    /** Records the buyer's decision in a live conversation; false when one was already recorded. */
    public boolean recordOutcome(String sessionId, Outcome outcome) {
        return repository.recordOutcome(sessionId, outcome);
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
            throw new InvalidInputException("nothing to evaluate: send 'transcript' as text (\"Trainee: …\\nBuyer: …\")"
                    + " or as a list of {speaker, text}");
        }
        if (transcript.isTextual()) {
            return Transcripts.parseText(transcript.asText(), at);
        }
        if (transcript.isArray()) {
            return Transcripts.parseList(transcript, at);
        }
        throw new InvalidInputException("'transcript' must be a string or a list of {speaker, text}");
    }

    private void spend(Trainee trainee) {
        if (!budget.tryAcquire(trainee.id())) {
            throw new OverBudgetException(budget.perMinute());
        }
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }
}
