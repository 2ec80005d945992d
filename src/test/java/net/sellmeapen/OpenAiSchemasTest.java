package net.sellmeapen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The schema checks the fakes rely on do reject what OpenAI would reject. */
class OpenAiSchemasTest {

    @Test
    void a_beta_session_update_fails_the_ga_client_event_schema() {
        String beta = "{\"type\":\"session.update\",\"session\":{\"modalities\":[\"audio\",\"text\"],"
                + "\"input_audio_format\":\"pcm16\",\"instructions\":\"x\"}}";
        assertThat(OpenAiSchemas.errors(OpenAiSchemas.REALTIME_CLIENT_EVENT, beta)).isNotEmpty();
        String ga = "{\"type\":\"session.update\",\"session\":{\"type\":\"realtime\",\"instructions\":\"x\","
                + "\"audio\":{\"input\":{\"format\":{\"type\":\"audio/pcm\",\"rate\":24000}}}}}";
        assertThat(OpenAiSchemas.errors(OpenAiSchemas.REALTIME_CLIENT_EVENT, ga)).isEmpty();
    }

    @Test
    void a_server_event_missing_required_fields_fails() {
        assertThat(OpenAiSchemas.errors(OpenAiSchemas.REALTIME_SERVER_EVENT,
                "{\"type\":\"response.output_audio.delta\",\"delta\":\"AAAA\"}")).isNotEmpty();
    }

    @Test
    void a_chat_request_without_messages_or_with_the_flat_json_schema_form_fails() {
        assertThat(OpenAiSchemas.errors(OpenAiSchemas.CHAT_REQUEST, "{\"model\":\"m\"}")).isNotEmpty();
        String flat = "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],"
                + "\"response_format\":{\"type\":\"json_schema\",\"schema\":{\"type\":\"object\"}}}";
        assertThat(OpenAiSchemas.errors(OpenAiSchemas.CHAT_REQUEST, flat)).isNotEmpty();
    }
}
