package dev.needle.app.http;

import dev.needle.analyst.ConversationNotFoundException;
import dev.needle.app.http.api.ApiError;
import dev.needle.app.http.api.ApiException;
import dev.needle.intel.service.AccessDeniedException;
import dev.needle.intel.service.DatasetNotFoundException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns failures into responses. Under {@code /api} every error is the JSON shape
 * {@code {"error": {"code", "message", "details"}}}; elsewhere it is a line of text. A server
 * failure shows only the request id: its cause goes to the log at ERROR under that id.
 */
final class ErrorResponses {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);

    private ErrorResponses() {
    }

    /** Declares the exception and status handlers on {@code routes}. */
    static void register(RoutesConfig routes) {
        routes.exception(ApiException.class, (e, ctx) -> reject(ctx, e.status(), e.error()));
        routes.exception(IllegalArgumentException.class, (e, ctx) -> reject(ctx, 400,
                new ApiError(ApiError.BAD_REQUEST, e.getMessage(), Map.of())));
        routes.exception(DatasetNotFoundException.class, (e, ctx) -> reject(ctx, 404,
                new ApiError(ApiError.NOT_FOUND, "no dataset '" + e.dataset() + "'",
                        Map.of("dataset", e.dataset()))));
        routes.exception(ConversationNotFoundException.class, (e, ctx) -> reject(ctx, 404,
                new ApiError(ApiError.NOT_FOUND, e.getMessage(), Map.of())));
        routes.exception(AccessDeniedException.class, (e, ctx) -> reject(ctx, 403,
                new ApiError(ApiError.FORBIDDEN, e.getMessage(), Map.of())));
        routes.exception(HttpResponseException.class, (e, ctx) -> reject(ctx, e.getStatus(),
                new ApiError(codeOf(e.getStatus()), e.getMessage(), Map.of())));
        routes.exception(Exception.class, ErrorResponses::fail);
        routes.error(404, ErrorResponses::notFound);
    }

    /**
     * The body of a 404 for a request no route matched. A 404 that a route answered, itself or
     * through an exception handler, keeps its own body, which says what was not found.
     */
    private static void notFound(Context ctx) {
        if (ctx.endpoints().matchedHttpEndpoint() != null) {
            return;
        }
        if (isApi(ctx)) {
            ApiException e = ApiException.notFound(ctx.method().name(), ctx.path());
            send(ctx, 404, e.error());
        } else {
            ctx.status(404).contentType("text/plain; charset=utf-8").result("Not found\n");
        }
    }

    private static void reject(Context ctx, int status, ApiError error) {
        LOG.warn("Request {} {} {} rejected: {}", RequestIds.of(ctx), ctx.method(),
                oneLine(ctx.path()), oneLine(error.message()));
        send(ctx, status, error);
    }

    private static void fail(Exception e, Context ctx) {
        String id = RequestIds.of(ctx);
        LOG.error("Request {} {} {} failed", id, ctx.method(), oneLine(ctx.path()), e);
        send(ctx, 500, new ApiError(ApiError.INTERNAL,
                "internal error; quote request id " + id + " when reporting it",
                Map.of("requestId", id)));
    }

    private static void send(Context ctx, int status, ApiError error) {
        ctx.status(status);
        if (isApi(ctx)) {
            ctx.json(error.body());
        } else {
            ctx.contentType("text/plain; charset=utf-8").result(error.message() + "\n");
        }
    }

    private static boolean isApi(Context ctx) {
        return ctx.path().equals("/api") || ctx.path().startsWith("/api/");
    }

    private static String codeOf(int status) {
        return switch (status) {
            case 400 -> ApiError.BAD_REQUEST;
            case 401 -> ApiError.UNAUTHORIZED;
            case 403 -> ApiError.FORBIDDEN;
            case 404 -> ApiError.NOT_FOUND;
            case 405 -> "method_not_allowed";
            default -> status >= 500 ? ApiError.INTERNAL : "http_" + status;
        };
    }

    /** Text from a request, safe for one log line: attacker-sent line breaks become spaces. */
    private static String oneLine(String text) {
        return text.replace('\r', ' ').replace('\n', ' ');
    }
}
