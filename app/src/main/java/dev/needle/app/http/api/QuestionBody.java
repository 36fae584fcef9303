package dev.needle.app.http.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.needle.app.analyst.QuestionText;
import dev.needle.app.json.Json;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;

/**
 * The body of a question to the analyst, {@code {"question": "..."}}: a JSON object of at most
 * {@value #MAX_BYTES} bytes whose one field is a question that {@link QuestionText} accepts.
 * A longer body is a 413; anything else wrong is a 400 naming the place.
 */
final class QuestionBody {

    /** The largest body taken. */
    static final int MAX_BYTES = 16 * 1024;

    private static final String FIELD = "question";
    private static final String EXAMPLE = "{\"question\": \"what are the top 5 IP addresses?\"}";

    private QuestionBody() {
    }

    /** The question the request sends. */
    static String read(Context ctx) {
        JsonNode body = parse(bounded(ctx));
        if (!body.isObject()) {
            throw ApiException.badBody("body", "expected a JSON object such as " + EXAMPLE);
        }
        for (Iterator<String> names = body.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!name.equals(FIELD)) {
                throw ApiException.badBody(shorten(name), "unknown field; the body takes only '"
                        + FIELD + "'");
            }
        }

        JsonNode question = body.path(FIELD);
        if (question.isMissingNode()) {
            throw ApiException.badBody(FIELD, "missing; send " + EXAMPLE);
        }
        if (!question.isTextual()) {
            throw ApiException.badBody(FIELD, "expected a string, got "
                    + question.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        String text = question.textValue();
        QuestionText.problem(text).ifPresent(problem -> {
            throw ApiException.badBody(FIELD, problem);
        });
        return text;
    }

    /** The body's bytes; a 413 when it passes {@link #MAX_BYTES}. */
    private static byte[] bounded(Context ctx) {
        byte[] bytes;
        try (InputStream in = ctx.bodyInputStream()) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("reading a question's body failed", e);
        }
        if (bytes.length > MAX_BYTES) {
            throw new HttpResponseException(413, "a question's body takes at most " + MAX_BYTES
                    + " bytes, and the question at most " + QuestionText.MAX_CHARS
                    + " characters");
        }
        return bytes;
    }

    private static JsonNode parse(byte[] bytes) {
        if (bytes.length == 0) {
            throw ApiException.badBody("body", "empty; send " + EXAMPLE);
        }
        try {
            return Json.MAPPER.readTree(bytes);
        } catch (IOException e) {
            String first = e.getMessage().lines().findFirst().orElse("");
            throw ApiException.badBody("body", "not JSON: " + first);
        }
    }

    /** A field name from the body, cut so that an error never echoes a long one. */
    private static String shorten(String name) {
        return name.length() > 64 ? name.substring(0, 64) + "..." : name;
    }
}
