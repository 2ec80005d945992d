package net.sellmeapen.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import net.sellmeapen.TestApp;
import org.junit.jupiter.api.Test;

class TranscriptsTest {

    @Test
    void every_known_label_maps_to_its_speaker() {
        List<Turn> turns = Transcripts.parseText("""
                Trainee: one
                Salesperson: two
                seller: three
                ME: four
                Buyer: five
                Customer: six
                Prospect: seven
                Interviewer: eight
                """, Instant.EPOCH);
        assertThat(turns).extracting(Turn::speaker).containsExactly(Speaker.TRAINEE, Speaker.TRAINEE,
                Speaker.TRAINEE, Speaker.TRAINEE, Speaker.BUYER, Speaker.BUYER, Speaker.BUYER, Speaker.BUYER);
        assertThat(turns).extracting(Turn::seq).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(turns.get(0).text()).isEqualTo("one");
    }

    @Test
    void a_line_without_a_label_continues_the_turn_before_it() {
        List<Turn> turns = Transcripts.parseText("Buyer: Sell me\nthis pen.\n\nTrainee: Sure.\nNote: it is blue.",
                Instant.EPOCH);
        assertThat(turns).extracting(Turn::text).containsExactly("Sell me this pen.", "Sure. Note: it is blue.");
    }

    @Test
    void text_before_any_label_is_the_trainee() {
        List<Turn> turns = Transcripts.parseText("Buy this pen.", Instant.EPOCH);
        assertThat(turns).singleElement().extracting(Turn::speaker).isEqualTo(Speaker.TRAINEE);
    }

    @Test
    void render_gives_back_the_seed_text_form() {
        List<Turn> turns = Transcripts.parseText("Customer: Hi\nMe: Hello", Instant.EPOCH);
        assertThat(Transcripts.render(turns)).isEqualTo("Buyer: Hi\nTrainee: Hello\n");
    }

    @Test
    void list_elements_must_have_a_known_speaker_and_text() throws Exception {
        var bad = TestApp.MAPPER.readTree("[{\"speaker\":\"coach\",\"text\":\"hi\"}]");
        assertThatThrownBy(() -> Transcripts.parseList(bad, Instant.EPOCH))
                .isInstanceOf(InvalidTranscriptException.class).hasMessageStartingWith("'transcript[0].speaker' must be");
        var noText = TestApp.MAPPER.readTree("[{\"speaker\":\"buyer\",\"text\":3}]");
        assertThatThrownBy(() -> Transcripts.parseList(noText, Instant.EPOCH))
                .isInstanceOf(InvalidTranscriptException.class).hasMessage("'transcript[0].text' must be a string");
    }
}
