package net.sellmeapen.conversation.analysis;

/** Pushback a buyer can raise; each stays open until the trainee answers it with substance. */
public enum Concern {
    PRICE("price", "the price"),
    ALREADY_HAS("already-has", "already having a pen"),
    NO_NEED("no-need", "not needing a pen"),
    TIMING("timing", "the timing"),
    TRUST("trust", "whether the claims are true"),
    AUTHORITY("authority", "needing someone else's approval"),
    THINK_IT_OVER("think-it-over", "wanting to think it over"),
    ALTERNATIVE("alternative", "getting a pen cheaper elsewhere"),
    NOT_INTERESTED("not-interested", "not being interested");

    private final String id;
    private final String description;

    Concern(String id, String description) {
        this.id = id;
        this.description = description;
    }

    String exampleLabel() {
        return "concern:" + id;
    }

    String answerLabel() {
        return "answer:" + id;
    }

    /** The concern in plain words ("the price"). */
    public String description() {
        return description;
    }
}
