package net.sellmeapen.web;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads JSON request bodies into records, turning every way a body can be wrong into a clear 4xx. */
public final class JsonBodies {

    private final ObjectMapper mapper;

    public JsonBodies(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The body as the given type; a missing body is a 400. */
    public <T> T read(Context ctx, Class<T> type) {
        String body = body(ctx);
        if (body.isBlank()) {
            throw ApiException.badRequest("the request needs a JSON object body");
        }
        return parse(body, type);
    }

    /** The body as the given type, or {@code whenEmpty} when the request has no body at all. */
    public <T> T readOrDefault(Context ctx, Class<T> type, T whenEmpty) {
        String body = body(ctx);
        return body.isBlank() ? whenEmpty : parse(body, type);
    }

    private static String body(Context ctx) {
        String body = ctx.body();
        if (!body.isBlank() && !isJson(ctx.contentType())) {
            throw new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "send the body as JSON with Content-Type: application/json");
        }
        return body;
    }

    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String mediaType = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }

    private <T> T parse(String body, Class<T> type) {
        JsonNode tree;
        try {
            tree = mapper.readTree(body);
        } catch (StreamConstraintsException e) {
            throw ApiException.badRequest("the body is nested more than " + Json.MAX_NESTING_DEPTH
                    + " levels deep");
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            throw ApiException.badRequest("the body is not valid JSON" + (where == null ? ""
                    : " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")"));
        }
        if (tree == null || !tree.isObject()) {
            throw ApiException.badRequest("the body must be a JSON object");
        }
        try {
            return mapper.treeToValue(tree, type);
        } catch (MismatchedInputException e) {
            throw ApiException.badRequest(fieldPath(e) + " must be " + describe(e.getTargetType()));
        } catch (JsonMappingException e) {
            throw ApiException.badRequest("the body has a value that cannot be read" + at(e));
        } catch (JacksonException e) {
            throw ApiException.badRequest("the body is not valid JSON");
        }
    }

    private static String fieldPath(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        return path.isEmpty() ? "the body" : "'" + path + "'";
    }

    private static String at(JsonMappingException e) {
        return e.getPath().isEmpty() ? "" : " at " + fieldPath(e);
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type == String.class || type.isEnum()) {
            return "a string";
        }
        if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class || type == double.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "an object";
        }
        return "of another type";
    }
}
