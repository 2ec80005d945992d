package net.sellmeapen.conversation.analysis;

import java.util.List;

/**
 * A concern from the moment the buyer raised it: how the trainee's following turns responded, and
 * whether one answered it.
 *
 * @param raisedAt index of the buyer turn that raised it
 * @param answeredAt index of the trainee turn that answered it with substance, or -1 while it is open
 */
public record ConcernEpisode(Concern concern, int raisedAt, String raisedText, List<Response> responses,
        int answeredAt) {

    /** How one trainee turn responded to the open concern. */
    public enum Verdict {
        /** About the concern, with substance. */
        ANSWERED,
        /** A question that explores the concern (what exactly holds them back). */
        EXPLORED,
        /** Acknowledged it, but said nothing that answers it. */
        ACKNOWLEDGED,
        /** Argued, pressed or was rude. */
        ARGUED,
        /** Said something else, as if the buyer had not spoken. */
        IGNORED
    }

    /** A trainee turn's response to the concern. */
    public record Response(int turn, Verdict verdict) {
    }

    public boolean isOpen() {
        return answeredAt < 0;
    }

    /** The first response, or null when the trainee never spoke after it. */
    public Response firstResponse() {
        return responses.isEmpty() ? null : responses.get(0);
    }
}
