package net.sellmeapen.conversation;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * One thing said in a conversation, in order ({@code seq} from 1).
 *
 * @param spokenMs how long it took to say, from the audio of a voice session; null for typed turns
 */
public record Turn(int seq, Speaker speaker, String text, Instant at,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer spokenMs) {

    /** A typed turn, with no audio timing. */
    public Turn(int seq, Speaker speaker, String text, Instant at) {
        this(seq, speaker, text, at, null);
    }
}
