package net.sellmeapen;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * OpenAI's own JSON schemas, kept in the test resources under {@code openai/} (see the README there),
 * so tests can check that what our code sends and what our fakes emit are real protocol messages.
 */
public final class OpenAiSchemas {

    public static final Schema REALTIME_CLIENT_EVENT = load("realtime-client-event.schema.json");
    public static final Schema REALTIME_SERVER_EVENT = load("realtime-server-event.schema.json");
    public static final Schema CHAT_REQUEST = load("chat-completion-request.schema.json");
    public static final Schema CHAT_RESPONSE = load("chat-completion-response.schema.json");

    private OpenAiSchemas() {
    }

    private static Schema load(String name) {
        URL resource = OpenAiSchemas.class.getResource("/openai/" + name);
        if (resource == null) {
            throw new IllegalStateException("test resource openai/" + name + " is missing");
        }
        try (InputStream in = resource.openStream()) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            // the files' $id is relative ("realtime-client-event"); give it the resource's own URI as base
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(SchemaLocation.of(resource.toURI().toString()), text, InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The schema's complaints about a JSON document; empty when it is valid. */
    public static List<String> errors(Schema schema, String json) {
        return schema.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    }
}
