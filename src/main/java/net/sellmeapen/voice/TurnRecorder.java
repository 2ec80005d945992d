package net.sellmeapen.voice;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import net.sellmeapen.conversation.Speaker;
import net.sellmeapen.training.TrainingService;

/**
 * Stores a live conversation's turns as they are transcribed, in conversation order: a buyer line
 * that arrives while an earlier trainee line is still being transcribed waits for it.
 */
final class TurnRecorder {

    /** Most turns or timings held at once; a misbehaving upstream cannot grow them without bound. */
    private static final int MAX_PENDING = 64;

    private final String sessionId;
    private final TrainingService training;
    private final Set<String> awaitingTranscript = new LinkedHashSet<>();
    private final Deque<Spoken> heldBuyerTurns = new ArrayDeque<>();
    private final Map<String, Integer> speechStarts = new HashMap<>();
    private final Map<String, Integer> speechLengths = new HashMap<>();

    /** A buyer line waiting for an earlier trainee transcript, with how long it took to say. */
    private record Spoken(String text, Integer spokenMs) {
    }

    TurnRecorder(String sessionId, TrainingService training) {
        this.sessionId = sessionId;
        this.training = training;
    }

    /** The trainee started speaking, at this point of the input audio (from the speech detector). */
    synchronized void speechStarted(String itemId, int audioStartMs) {
        if (speechStarts.size() < MAX_PENDING) {
            speechStarts.put(itemId, audioStartMs);
        }
    }

    /** The trainee stopped speaking: the turn's length is known. */
    synchronized void speechStopped(String itemId, int audioEndMs) {
        Integer start = speechStarts.remove(itemId);
        if (start != null && audioEndMs >= start && speechLengths.size() < MAX_PENDING) {
            speechLengths.put(itemId, audioEndMs - start);
        }
    }

    /** The trainee finished a turn (audio committed); its transcript will follow. */
    synchronized void committed(String itemId) {
        awaitingTranscript.add(itemId);
    }

    /** A trainee turn's transcript (blank when transcription failed: nothing is stored for it). */
    synchronized void trainee(String itemId, String transcript) {
        if (!transcript.isBlank()) {
            training.recordTurn(sessionId, Speaker.TRAINEE, transcript.strip(), speechLengths.remove(itemId));
        }
        awaitingTranscript.remove(itemId);
        if (awaitingTranscript.isEmpty()) {
            flush();
        }
    }

    /** A buyer line's transcript, with how long its audio played (null when unknown). */
    synchronized void buyer(String transcript, Integer spokenMs) {
        if (transcript.isBlank()) {
            return;
        }
        if (awaitingTranscript.isEmpty() && heldBuyerTurns.isEmpty()) {
            training.recordTurn(sessionId, Speaker.BUYER, transcript.strip(), spokenMs);
        } else if (heldBuyerTurns.size() < MAX_PENDING) {
            heldBuyerTurns.add(new Spoken(transcript.strip(), spokenMs));
        }
    }

    /** Stores whatever buyer lines are still waiting: the conversation is over. */
    synchronized void flush() {
        while (!heldBuyerTurns.isEmpty()) {
            Spoken held = heldBuyerTurns.poll();
            training.recordTurn(sessionId, Speaker.BUYER, held.text(), held.spokenMs());
        }
    }
}
