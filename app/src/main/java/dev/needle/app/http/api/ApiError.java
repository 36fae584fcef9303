package dev.needle.app.http.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The body of every API error, sent as {@code {"error": {"code", "message", "details"}}}.
 *
 * @param code a stable, machine-readable word such as {@code bad_request}
 * @param message one sentence a person can act on
 * @param details facts about the failure by name, such as the parameter and the value
 */
public record ApiError(String code, String message, Map<String, Object> details) {

    /** A parameter or the request as a whole was not acceptable. */
    public static final String BAD_REQUEST = "bad_request";

    /** No resource at that path. */
    public static final String NOT_FOUND = "not_found";

    /** The request carries no valid API token. */
    public static final String UNAUTHORIZED = "unauthorized";

    /** The token is valid but lacks the scope the request needs. */
    public static final String FORBIDDEN = "forbidden";

    /** The server failed; the details hold only the request id. */
    public static final String INTERNAL = "internal";

    public ApiError {
        details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    /** The error wrapped as the response body. */
    public Map<String, ApiError> body() {
        return Map.of("error", this);
    }
}
