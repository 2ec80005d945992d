package net.sellmeapen.conversation.analysis;

import java.util.Arrays;
import java.util.Optional;

/**
 * What one part of a trainee's message does, as the intent classifier reads it: the labels of the
 * corpus ({@code analysis/corpus/LABELS.md} defines each).
 */
public enum Intent {
    SMALL_TALK("small-talk"),
    PREAMBLE("preamble"),
    ASK_WORK("ask-work", Topic.WORK),
    ASK_WRITING("ask-writing", Topic.WRITING),
    ASK_CURRENT_PEN("ask-current-pen", Topic.CURRENT_PEN),
    ASK_PAIN("ask-pain", Topic.PAIN),
    ASK_PRIORITIES("ask-priorities", Topic.PRIORITIES),
    ASK_BUDGET("ask-budget", Topic.BUDGET),
    ASK_TIMING("ask-timing", Topic.TIMING),
    ASK_HESITATION("ask-hesitation", Topic.HESITATION),
    PITCH("pitch"),
    SUPERLATIVE("superlative"),
    PROOF("proof"),
    PRICE("price"),
    URGENCY("urgency"),
    PRESSURE("pressure"),
    DISCOUNT("discount"),
    TRIAL_CLOSE("trial-close"),
    CLOSE("close"),
    EMPATHY("empathy"),
    RUDE("rude"),
    OFF_TOPIC("off-topic");

    private final String label;
    private final Topic topic;

    Intent(String label) {
        this(label, null);
    }

    Intent(String label, Topic topic) {
        this.label = label;
        this.topic = topic;
    }

    /** The label in the corpus, e.g. {@code ask-current-pen}. */
    public String label() {
        return label;
    }

    /** For a question about the buyer, what it asks about; null otherwise. */
    public Topic topic() {
        return topic;
    }

    public boolean asksAboutBuyer() {
        return topic != null;
    }

    /** Talk that carries nothing to answer or react to on its own. */
    public boolean isCourtesy() {
        return this == SMALL_TALK || this == PREAMBLE;
    }

    public static Optional<Intent> of(String label) {
        return Arrays.stream(values()).filter(intent -> intent.label.equals(label)).findFirst();
    }
}
