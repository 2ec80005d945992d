package net.sellmeapen.conversation;

import java.time.Instant;

/** One thing said in a conversation, in order ({@code seq} from 1). */
public record Turn(int seq, Speaker speaker, String text, Instant at) {
}
