package net.sellmeapen.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.sellmeapen.Offline;
import net.sellmeapen.conversation.Speaker;
import net.sellmeapen.conversation.Turn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DeliveryAnalyticsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "um I think it's uh good|2",
        "It's likely the best choice for you|0",
        "I like it and you'd like it too|0",
        "It's like, really smooth, you know?|2",
        "You know what I mean about the grip|0",
        "What kind of pen do you use?|0",
        "It's kind of nice and sort of light|2",
        "Basically, actually, I mean it works|3",
        "It looks like a premium pen|0",
        "Likewise, it's unlikely to leak|0"})
    void fillers_are_counted_as_whole_words_only(String text, int fillers) {
        assertThat(DeliveryAnalytics.fillers(DeliveryAnalytics.words(text))).as(text).isEqualTo(fillers);
    }

    @Test
    void typed_analytics_match_hand_counts_and_have_no_pace() {
        // trainee words: 6 + 10 + 11 = 27; buyer words: 4 + 3 + 5 + 2 = 14; fillers: "um", "like" = 2
        List<Turn> turns = turns(null,
                "Sell me this pen.",
                "Hello! um, nice to meet you.",
                "Sure, go ahead.",
                "What do you write with at the moment, like usually?",
                "Cheap pens from the supermarket.",
                "Those smudge, right? This one dries in under a second, honestly.",
                "Okay. Sure.");
        DeliveryAnalytics analytics = DeliveryAnalytics.of(Offline.ANALYZER.analyse(turns));
        assertThat(analytics.talkSharePercent()).isEqualTo(66);
        assertThat(analytics.questions()).isEqualTo(1);
        assertThat(analytics.openQuestions()).isEqualTo(1);
        assertThat(analytics.turnsToFirstQuestion()).isEqualTo(2);
        assertThat(analytics.longestMonologueWords()).isEqualTo(11);
        assertThat(analytics.fillersPer100Words()).isEqualTo(7.4);
        assertThat(analytics.wordsPerMinute()).isNull();
        assertThat(analytics.speakingSharePercent()).isNull();
        assertThat(analytics.metrics()).extracting(DeliveryAnalytics.Metric::key).doesNotContain("pace", "speakingShare");
        assertThat(analytics.tip()).contains("Ask at least three questions about the buyer, two of them open (what,"
                + " how, tell me about…).");
    }

    @Test
    void voice_analytics_take_pace_and_speaking_share_from_the_audio() {
        // trainee: 8 + 15 = 23 words in 3,000 + 6,000 ms = 9 s -> 153 words/min; buyer audio 2,000 + 4,000 ms
        List<Turn> turns = turns(new Integer[] {2_000, 3_000, 4_000, 6_000},
                "Okay, go on.",
                "Hi, what do you do for a living?",
                "I'm a chef at a bistro.",
                "Then the clip keeps it on your order book, and it never smudges in steam.");
        DeliveryAnalytics analytics = DeliveryAnalytics.of(Offline.ANALYZER.analyse(turns));
        assertThat(analytics.wordsPerMinute()).isEqualTo(153);
        assertThat(analytics.speakingSharePercent()).isEqualTo(60);
        assertThat(analytics.metrics()).extracting(DeliveryAnalytics.Metric::key).contains("pace", "speakingShare");
    }

    private static List<Turn> turns(Integer[] spokenMs, String... lines) {
        List<Turn> turns = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            turns.add(new Turn(i + 1, i % 2 == 0 ? Speaker.BUYER : Speaker.TRAINEE, lines[i], Instant.EPOCH,
                    spokenMs == null ? null : spokenMs[i]));
        }
        return turns;
    }
}
