package dev.needle.app.http.api;

import io.javalin.config.RoutesConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Serves the hand-written OpenAPI 3.1 description of the API, {@code openapi.json}. */
public final class OpenApiDocument {

    /** Where the document is served. */
    public static final String PATH = "/api/v1/openapi.json";

    /** The classpath resource that holds it. */
    public static final String RESOURCE = "/openapi.json";

    private final byte[] document;

    private OpenApiDocument(byte[] document) {
        this.document = document;
    }

    /** Loads the document from the classpath; fails when the build left it out. */
    public static OpenApiDocument load() {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing");
            }
            return new OpenApiDocument(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + RESOURCE, e);
        }
    }

    /** Declares the endpoint on {@code routes}. */
    public void register(RoutesConfig routes) {
        routes.get(PATH, ctx -> ctx.contentType("application/json").result(document));
    }
}
