package dev.needle.app.http.api;

import dev.needle.app.http.auth.Authenticator;
import dev.needle.intel.ImportException;
import dev.needle.intel.ParsedFeed;
import dev.needle.intel.ThreatEvent;
import dev.needle.intel.export.EventExporter;
import dev.needle.intel.export.ExportFormat;
import dev.needle.intel.export.ExportSettings;
import dev.needle.intel.feed.FeedFormat;
import dev.needle.intel.feed.FeedImporter;
import dev.needle.intel.service.DatasetNotFoundException;
import dev.needle.intel.service.EventPage;
import dev.needle.intel.service.EventSearch;
import dev.needle.intel.service.IntelService;
import dev.needle.intel.service.Principal;
import dev.needle.intel.service.Scope;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Feeds in and events out: {@code POST /api/v1/datasets/{dataset}/import} stores one feed file
 * in one transaction (write scope), {@code GET /api/v1/events/export} writes the events a search
 * selects in an export format (read scope). An export goes through the intel service's TLP rule
 * for its {@code recipient}, by default the caller's own organisation. An export holds at most
 * {@value #MAX_EXPORT_EVENTS} events and is built in memory before it is sent. An import takes
 * at most {@value #MAX_IMPORT_BYTES} bytes; MISP feed directories and CSV files without a known
 * layout cannot be imported over HTTP.
 */
public final class IntelTransferApi {

    /** The largest feed file one import request takes. */
    static final long MAX_IMPORT_BYTES = 256L * 1024 * 1024;

    /** The most events one export request writes. */
    static final int MAX_EXPORT_EVENTS = 100_000;

    private final IntelService intel;
    private final Authenticator auth;

    /** Endpoints that import into and export from {@code intel}. */
    public IntelTransferApi(IntelService intel, Authenticator auth) {
        this.intel = intel;
        this.auth = auth;
    }

    /** Declares the endpoints on {@code routes}. */
    public void register(RoutesConfig routes) {
        routes.post("/api/v1/datasets/{dataset}/import", this::importFeed);
        routes.get("/api/v1/events/export", this::export);
    }

    private void importFeed(Context ctx) throws IOException {
        Principal writer = auth.require(ctx, Scope.WRITE);
        IntelParameters params = IntelParameters.of(ctx, Set.of("format"));
        Optional<FeedFormat> format = params.text("format").map(IntelTransferApi::feedFormat);
        String dataset = ctx.pathParam("dataset");
        if (intel.dataset(writer, dataset).isEmpty()) {
            throw new DatasetNotFoundException(dataset, writer.organisation());
        }

        Path file = Files.createTempFile("needle-import-", ".feed");
        try {
            copyBounded(ctx, file);
            ParsedFeed feed = parse(file, format, dataset);
            ctx.json(intel.importFeed(writer, dataset, feed));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Writes the request body to {@code file}; a 413 once it passes the import limit. */
    private static void copyBounded(Context ctx, Path file) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long written = 0;
        try (InputStream body = ctx.bodyInputStream();
                OutputStream out = Files.newOutputStream(file)) {
            for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
                written += n;
                if (written > MAX_IMPORT_BYTES) {
                    throw new HttpResponseException(413, "a feed over HTTP takes at most "
                            + MAX_IMPORT_BYTES / (1024 * 1024) + " MiB; import bigger files"
                            + " with the CLI");
                }
                out.write(buffer, 0, n);
            }
        }
    }

    private static FeedFormat feedFormat(String text) {
        try {
            return FeedFormat.parse(text);
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter("format", text, e.getMessage());
        }
    }

    private static ParsedFeed parse(Path file, Optional<FeedFormat> format, String dataset) {
        try {
            if (format.isPresent()) {
                return FeedImporter.of(format.get()).parse(file, dataset);
            }
            return FeedImporter.detectAndParse(file, dataset);
        } catch (ImportException e) {
            String place = e.place().replace(file.toString(), "body");
            String message = e.getMessage().replace(file.toString(), "body");
            throw ApiException.badBody(place, message.substring(
                    Math.min(message.length(), place.length() + 2)));
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter("format", format.map(FeedFormat::label).orElse(""),
                    e.getMessage());
        }
    }

    private void export(Context ctx) {
        Principal sender = auth.require(ctx, Scope.READ);
        ExportFormat format = exportFormat(ctx.queryParam("format"));
        String recipient = Optional.ofNullable(ctx.queryParam("recipient"))
                .filter(r -> !r.isBlank()).orElse(sender.organisation());
        EventSearch search = IntelApi.search(ctx, Set.of("format", "recipient"));
        List<ThreatEvent> events = exportable(sender, recipient, search);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            EventExporter.of(format, ExportSettings.defaults()).export(events, out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing an export to memory failed", e);
        }
        ctx.contentType(format.mediaType())
                .header("Content-Disposition",
                        "attachment; filename=\"" + format.fileName() + "\"")
                .result(out.toByteArray());
    }

    private List<ThreatEvent> exportable(Principal sender, String recipient, EventSearch first) {
        List<ThreatEvent> events = new ArrayList<>();
        EventSearch search = first.withPageSize(EventSearch.MAX_PAGE_SIZE);
        while (events.size() < MAX_EXPORT_EVENTS) {
            EventPage page = intel.exportableEvents(sender, recipient, search);
            events.addAll(page.events());
            if (page.nextCursor().isEmpty()) {
                break;
            }
            search = search.withCursor(page.nextCursor().get());
        }
        return events.size() > MAX_EXPORT_EVENTS ? events.subList(0, MAX_EXPORT_EVENTS) : events;
    }

    private static ExportFormat exportFormat(String text) {
        if (text == null || text.isBlank()) {
            throw ApiException.badParameter("format", "", "required parameter is missing");
        }
        try {
            return ExportFormat.parse(text);
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter("format", text, e.getMessage());
        }
    }
}
