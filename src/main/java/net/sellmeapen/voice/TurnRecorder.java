package net.sellmeapen.voice;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import net.sellmeapen.conversation.Speaker;
import net.sellmeapen.training.TrainingService;

/**
 * Stores a live conversation's turns as they are transcribed, in conversation order: a buyer line
 * that arrives while an earlier trainee line is still being transcribed waits for it.
 */
final class TurnRecorder {

    private final String sessionId;
    private final TrainingService training;
    private final Set<String> awaitingTranscript = new LinkedHashSet<>();
    private final Deque<String> heldBuyerTurns = new ArrayDeque<>();

    TurnRecorder(String sessionId, TrainingService training) {
        this.sessionId = sessionId;
        this.training = training;
    }

    /** The trainee finished a turn (audio committed); its transcript will follow. */
    synchronized void committed(String itemId) {
        awaitingTranscript.add(itemId);
    }

    /** A trainee turn's transcript (blank when transcription failed: nothing is stored for it). */
    synchronized void trainee(String itemId, String transcript) {
        if (!transcript.isBlank()) {
            training.recordTurn(sessionId, Speaker.TRAINEE, transcript.strip());
        }
        awaitingTranscript.remove(itemId);
        if (awaitingTranscript.isEmpty()) {
            flush();
        }
    }

    synchronized void buyer(String transcript) {
        if (transcript.isBlank()) {
            return;
        }
        if (awaitingTranscript.isEmpty() && heldBuyerTurns.isEmpty()) {
            training.recordTurn(sessionId, Speaker.BUYER, transcript.strip());
        } else {
            heldBuyerTurns.add(transcript.strip());
        }
    }

    /** Stores whatever buyer lines are still waiting: the conversation is over. */
    synchronized void flush() {
        while (!heldBuyerTurns.isEmpty()) {
            training.recordTurn(sessionId, Speaker.BUYER, heldBuyerTurns.poll());
        }
    }
}
