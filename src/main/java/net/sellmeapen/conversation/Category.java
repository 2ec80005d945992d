package net.sellmeapen.conversation;

import com.fasterxml.jackson.annotation.JsonValue;

/** The five things a pitch is scored on, 0–20 each. */
public enum Category {
    NEEDS_DISCOVERY("needsDiscovery", "Needs discovery"),
    VALUE_PROPOSITION("valueProposition", "Value proposition"),
    URGENCY_CREATION("urgencyCreation", "Urgency"),
    OBJECTION_HANDLING("objectionHandling", "Objection handling"),
    CLOSING_TECHNIQUE("closingTechnique", "Closing");

    /** Highest score a category can have. */
    public static final int MAX_SCORE = 20;

    private final String key;
    private final String label;

    Category(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The category whose JSON key this is, e.g. {@code objectionHandling}; empty for null or an unknown key. */
    public static java.util.Optional<Category> of(String key) {
        return java.util.Arrays.stream(values()).filter(category -> category.key.equals(key)).findFirst();
    }

    /** The JSON key, e.g. {@code needsDiscovery}. */
    @JsonValue
    public String key() {
        return key;
    }

    /** The name a person reads, e.g. "Needs discovery". */
    public String label() {
        return label;
    }
}
