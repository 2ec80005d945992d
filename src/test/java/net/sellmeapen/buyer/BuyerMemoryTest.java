package net.sellmeapen.buyer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import net.sellmeapen.conversation.Difficulty;
import net.sellmeapen.conversation.analysis.Act;
import net.sellmeapen.conversation.analysis.SentenceReading;
import net.sellmeapen.conversation.analysis.TraineeTurnReading;
import org.junit.jupiter.api.Test;

class BuyerMemoryTest {

    private static TraineeTurnReading turn(int index, Act act, double confidence) {
        SentenceReading sentence = new SentenceReading("part " + index, Map.of(act, confidence), null, Set.of(),
                List.of(), List.of(), false, null);
        return new TraineeTurnReading(index, "part " + index, List.of(sentence), -1);
    }

    @Test
    void only_a_push_it_is_sure_of_counts_toward_the_hard_sell() {
        BuyerMemory memory = new BuyerMemory(Temperament.of(Difficulty.HARD), Set.of(24));
        memory.hear(turn(1, Act.SUPERLATIVE, 0.7), true);
        memory.hear(turn(3, Act.RUDE, 0.79), true);
        assertThat(memory.hardSell).isZero();
        memory.hear(turn(5, Act.SUPERLATIVE, 1.0), true);
        memory.hear(turn(7, Act.PRESSURE, 0.9), true);
        assertThat(memory.hardSell).isEqualTo(2);
    }
}
