package net.sellmeapen.conversation.analysis;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A trainee's turn: its sentences and what each does, and whether it repeats an earlier turn.
 *
 * @param repeatOf index of an earlier trainee turn this one (nearly) repeats, or -1
 */
public record TraineeTurnReading(int index, String text, List<SentenceReading> sentences, int repeatOf)
        implements TurnReading {

    /** Every act of every sentence. */
    public Set<Act> acts() {
        Set<Act> acts = EnumSet.noneOf(Act.class);
        sentences.forEach(sentence -> acts.addAll(sentence.acts().keySet()));
        return acts;
    }

    public boolean has(Act act) {
        return sentences.stream().anyMatch(sentence -> sentence.has(act));
    }

    public boolean isRepeat() {
        return repeatOf >= 0;
    }

    /** True when any sentence carries substance: something checkable or about this buyer. */
    public boolean hasSubstance() {
        return sentences.stream().anyMatch(sentence -> !sentence.repeats() && sentence.hasSubstance());
    }

    public int words() {
        return text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }
}
