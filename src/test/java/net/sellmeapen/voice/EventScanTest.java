package net.sellmeapen.voice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import org.junit.jupiter.api.Test;

class EventScanTest {

    private final EventScan scan = new EventScan(new JsonFactory());

    @Test
    void an_audio_delta_is_recognised_and_measured_whatever_the_order_and_spacing() {
        String audio = "QUJD".repeat(100);
        for (String event : new String[] {
            "{\"type\":\"response.output_audio.delta\",\"event_id\":\"e\",\"delta\":\"" + audio + "\"}",
            "{\"event_id\":\"e\",\"delta\":\"" + audio + "\",\"response\":{\"x\":[1,2]},\"type\":\"response.output_audio.delta\"}",
            "{ \"type\" : \"response.output_audio.delta\" , \"delta\" : \"" + audio + "\" }",
            "{\"type\":\"response.output_audio.delta\",\"meta\":{\"delta\":\"no\"},\"delta\":\"" + audio + "\"}"}) {
            EventScan.Scanned scanned = scan.scan(event);
            assertThat(scanned.isAudioDelta()).as(event).isTrue();
            assertThat(scanned.deltaChars()).as(event).isEqualTo(audio.length());
        }
    }

    @Test
    void other_events_give_their_type_and_anything_else_gives_nothing() {
        assertThat(scan.scan("{\"event_id\":\"e\",\"type\":\"session.updated\",\"session\":{\"type\":\"x\"}}").type())
                .isEqualTo("session.updated");
        assertThat(scan.scan("{\"session\":{\"type\":\"nested only\"}}")).isNull();
        assertThat(scan.scan("{\"type\":42}")).isNull();
        assertThat(scan.scan("[\"type\"]")).isNull();
        assertThat(scan.scan("not json")).isNull();
        assertThat(scan.scan("")).isNull();
    }
}
