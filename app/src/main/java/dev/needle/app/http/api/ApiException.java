package dev.needle.app.http.api;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request the API refuses, with the HTTP status and the error body to send. Thrown by route
 * handlers; {@link dev.needle.app.http.ErrorResponses} turns it into the JSON error shape.
 */
public final class ApiException extends RuntimeException {

    private final int status;
    private final ApiError error;

    private ApiException(int status, ApiError error) {
        super(error.message(), null, false, false);
        this.status = status;
        this.error = error;
    }

    /** A 400 naming the query parameter, the value sent and what is wrong with it. */
    public static ApiException badParameter(String parameter, String value, String problem) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("parameter", parameter);
        details.put("value", value);
        return new ApiException(400, new ApiError(ApiError.BAD_REQUEST,
                "parameter '" + parameter + "': " + problem, details));
    }

    /** A 404 for a path under {@code /api} that names no resource. */
    public static ApiException notFound(String method, String path) {
        return new ApiException(404, new ApiError(ApiError.NOT_FOUND,
                "no API resource " + method + " " + path, Map.of("path", path)));
    }

    /** A 401 for a request without a valid API token. */
    public static ApiException unauthorized() {
        return new ApiException(401, new ApiError(ApiError.UNAUTHORIZED,
                "send a valid API token as 'Authorization: Bearer <token>'", Map.of()));
    }

    /** A 403 for a token that lacks {@code scope}. */
    public static ApiException forbidden(String scope) {
        return new ApiException(403, new ApiError(ApiError.FORBIDDEN,
                "this token lacks the '" + scope + "' scope", Map.of("scope", scope)));
    }

    /** A 403 for a request the service refused, with the service's reason. */
    public static ApiException denied(String reason) {
        return new ApiException(403, new ApiError(ApiError.FORBIDDEN, reason, Map.of()));
    }

    /** A 404 for a resource the caller cannot see, whether or not it exists. */
    public static ApiException unknown(String what) {
        return new ApiException(404, new ApiError(ApiError.NOT_FOUND, "no " + what,
                Map.of()));
    }

    /** A 400 about the request body, naming the place in it. */
    public static ApiException badBody(String place, String problem) {
        return new ApiException(400, new ApiError(ApiError.BAD_REQUEST,
                place + ": " + problem, Map.of("place", place)));
    }

    /** The HTTP status to answer with. */
    public int status() {
        return status;
    }

    /** The error to put in the body. */
    public ApiError error() {
        return error;
    }
}
