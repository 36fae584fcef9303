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

    /** The HTTP status to answer with. */
    public int status() {
        return status;
    }

    /** The error to put in the body. */
    public ApiError error() {
        return error;
    }
}
