package net.sellmeapen;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * OpenAI's own JSON schemas from {@code ../shared/openai/}, so tests can check that what our code
 * sends and what our fakes emit are real protocol messages.
 */
public final class OpenAiSchemas {

    private static final Path FOLDER = locate();
    public static final Schema REALTIME_CLIENT_EVENT = load("realtime-client-event.schema.json");
    public static final Schema REALTIME_SERVER_EVENT = load("realtime-server-event.schema.json");
    public static final Schema CHAT_REQUEST = load("chat-completion-request.schema.json");
    public static final Schema CHAT_RESPONSE = load("chat-completion-response.schema.json");

    private OpenAiSchemas() {
    }

    private static Path locate() {
        for (Path candidate : List.of(Path.of("..", "shared", "openai"), Path.of("shared", "openai"))) {
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("OpenAI schemas not found: expected ../shared/openai/ beside the project");
    }

    private static Schema load(String name) {
        try {
            Path file = FOLDER.resolve(name).toAbsolutePath().normalize();
            String text = Files.readString(file);
            // the files' $id is relative ("realtime-client-event"); give it the file's own URI as base
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(SchemaLocation.of(file.toUri().toString()), text, InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema's complaints about a JSON document; empty when it is valid. */
    public static List<String> errors(Schema schema, String json) {
        return schema.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    }
}
