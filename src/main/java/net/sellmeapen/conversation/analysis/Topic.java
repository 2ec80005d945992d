package net.sellmeapen.conversation.analysis;

/** What a discovery question asks the buyer about, and so what the buyer's answer tells. */
public enum Topic {
    WORK("work", "what they do"),
    WRITING("writing", "how and when they write"),
    CURRENT_PEN("current-pen", "the pen they use now"),
    PAIN("pain", "what bothers them about it"),
    PRIORITIES("priorities", "what matters to them in a pen"),
    BUDGET("budget", "what they would spend"),
    TIMING("timing", "what is coming up for them"),
    HESITATION("hesitation", "what holds them back");

    private final String id;
    private final String description;

    Topic(String id, String description) {
        this.id = id;
        this.description = description;
    }

    /** The label of its example questions, e.g. {@code topic:current-pen}. */
    String exampleLabel() {
        return "topic:" + id;
    }

    /** What the question asks about, in plain words ("the pen they use now"). */
    public String description() {
        return description;
    }
}
