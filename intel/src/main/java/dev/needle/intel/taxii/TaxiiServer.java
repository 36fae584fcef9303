package dev.needle.intel.taxii;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.needle.intel.export.StixEventObjects;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers the read side of TAXII 2.1 for one API root: discovery, the API root, collections,
 * one collection, its objects and its manifest.
 *
 * <p>Mount it at {@code /taxii2/} (discovery) and the API root URL of the settings; the web layer
 * authenticates the caller, checks {@link #accepts(String)} on the Accept header, passes a
 * {@link TaxiiSource} bound to the caller and the query parameters, and copies the
 * {@link TaxiiResponse} out. A collection the caller cannot read answers 404 like one that does
 * not exist, so its existence does not leak. Adding objects is not offered: every collection
 * has {@code can_write} false. Dates added are written with microseconds; a client that sends
 * the last one back as {@code added_after} gets no repeat. The objects of one event share its
 * date added, so a page cut inside an event resumes exactly only through {@code next}.
 */
public final class TaxiiServer {

    /** The media type of the STIX content the collections hold. */
    public static final String STIX_MEDIA_TYPE = "application/stix+json;version=2.1";

    private static final Logger LOG = LoggerFactory.getLogger(TaxiiServer.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final DateTimeFormatter MICROS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
                    .withZone(ZoneOffset.UTC);

    private final TaxiiSettings settings;
    private final ObjectPager pager;

    /** A server described by {@code settings}. */
    public TaxiiServer(TaxiiSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.pager = new ObjectPager(new StixEventObjects(settings.producerName()));
    }

    /** Whether an Accept header admits TAXII 2.1 JSON; answer {@link #notAcceptable()} if not. */
    public static boolean accepts(String acceptHeader) {
        for (String range : acceptHeader.split(",")) {
            String r = range.replace(" ", "").toLowerCase(Locale.ROOT);
            if (r.startsWith("application/taxii+json;version=2.1")
                    || r.equals("application/taxii+json") || r.startsWith("*/*")
                    || r.startsWith("application/*")) {
                return true;
            }
        }
        return false;
    }

    /** The 406 answer for a client that does not accept TAXII 2.1 JSON. */
    public TaxiiResponse notAcceptable() {
        return error(406, "Not acceptable", "This server answers with " + TaxiiResponse.CONTENT_TYPE
                + " only.");
    }

    /** {@code GET /taxii2/}: the server and its one API root. */
    public TaxiiResponse discovery() {
        ObjectNode body = MAPPER.createObjectNode();
        body.put("title", settings.title());
        body.put("description", "Threat events from Needle, one collection per dataset.");
        body.put("default", settings.apiRootUrl());
        body.putArray("api_roots").add(settings.apiRootUrl());
        return ok(body, Map.of());
    }

    /** {@code GET <api-root>/}: the versions and request size the API root supports. */
    public TaxiiResponse apiRoot() {
        ObjectNode body = MAPPER.createObjectNode();
        body.put("title", settings.title());
        body.put("description", "Read-only STIX 2.1 collections of the datasets you may read.");
        body.putArray("versions").add(TaxiiResponse.CONTENT_TYPE);
        body.put("max_content_length", settings.maxContentLength());
        return ok(body, Map.of());
    }

    /** {@code GET <api-root>/collections/}: one collection per readable dataset, by title. */
    public TaxiiResponse collections(TaxiiSource source) {
        ObjectNode body = MAPPER.createObjectNode();
        List<TaxiiCollection> collections = readable(source);
        if (!collections.isEmpty()) {
            ArrayNode list = body.putArray("collections");
            collections.forEach(collection -> list.add(describe(collection)));
        }
        return ok(body, Map.of());
    }

    /** {@code GET <api-root>/collections/<id>/}: one collection, or 404. */
    public TaxiiResponse collection(TaxiiSource source, String collectionId) {
        return find(source, collectionId).map(c -> ok(describe(c), Map.of()))
                .orElseGet(() -> notFound(collectionId));
    }

    /**
     * {@code GET <api-root>/collections/<id>/objects/}: an envelope of STIX objects.
     *
     * @param query the URL parameters, each with its values as the web framework gives them
     */
    public TaxiiResponse objects(TaxiiSource source, String collectionId,
            Map<String, List<String>> query) {
        return paged(source, collectionId, query, page -> {
            ObjectNode body = MAPPER.createObjectNode();
            body.put("more", page.next().isPresent());
            page.next().ifPresent(next -> body.put("next", next));
            if (!page.objects().isEmpty()) {
                ArrayNode objects = body.putArray("objects");
                page.objects().forEach(entry -> objects.add(entry.object()));
            }
            return body;
        });
    }

    /** {@code GET <api-root>/collections/<id>/manifest/}: what the objects request would send. */
    public TaxiiResponse manifest(TaxiiSource source, String collectionId,
            Map<String, List<String>> query) {
        return paged(source, collectionId, query, page -> {
            ObjectNode body = MAPPER.createObjectNode();
            body.put("more", page.next().isPresent());
            page.next().ifPresent(next -> body.put("next", next));
            if (!page.objects().isEmpty()) {
                ArrayNode records = body.putArray("objects");
                for (ObjectPage.Entry entry : page.objects()) {
                    ObjectNode record = records.addObject();
                    record.put("id", entry.object().get("id").asText());
                    record.put("date_added", timestamp(entry.added()));
                    record.put("version", ObjectPager.version(entry.object()));
                    record.put("media_type", STIX_MEDIA_TYPE);
                }
            }
            return body;
        });
    }

    /** Formats a date added as TAXII timestamps go here: UTC with microseconds. */
    static String timestamp(Instant instant) {
        return MICROS.format(instant.truncatedTo(ChronoUnit.MICROS));
    }

    private interface PageBody {
        ObjectNode of(ObjectPage page);
    }

    private TaxiiResponse paged(TaxiiSource source, String collectionId,
            Map<String, List<String>> params, PageBody render) {
        Optional<TaxiiCollection> collection = find(source, collectionId);
        if (collection.isEmpty()) {
            return notFound(collectionId);
        }
        try {
            ObjectQuery query = ObjectQuery.parse(params);
            int limit = Math.min(query.limit().orElse(settings.defaultLimit()),
                    settings.maxLimit());
            ObjectPage page = pager.page(source, collection.get().dataset(), query, limit);
            return ok(render.of(page), addedHeaders(page));
        } catch (TaxiiRequestException e) {
            LOG.warn("TAXII request on collection {} rejected: {}", collectionId, e.getMessage());
            return error(400, "Bad request", e.getMessage());
        }
    }

    private static Map<String, String> addedHeaders(ObjectPage page) {
        if (page.objects().isEmpty()) {
            return Map.of();
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-TAXII-Date-Added-First", timestamp(page.objects().getFirst().added()));
        headers.put("X-TAXII-Date-Added-Last", timestamp(page.objects().getLast().added()));
        return headers;
    }

    private static List<TaxiiCollection> readable(TaxiiSource source) {
        return source.readableDatasets().stream().distinct().map(TaxiiCollection::of)
                .sorted(Comparator.comparing(TaxiiCollection::dataset)).toList();
    }

    private static Optional<TaxiiCollection> find(TaxiiSource source, String collectionId) {
        return readable(source).stream()
                .filter(collection -> collection.id().toString().equals(collectionId))
                .findFirst();
    }

    private static ObjectNode describe(TaxiiCollection collection) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", collection.id().toString());
        node.put("title", collection.dataset());
        node.put("description", "Threat events of the Needle dataset " + collection.dataset()
                + ".");
        node.put("can_read", true);
        node.put("can_write", false);
        node.putArray("media_types").add(STIX_MEDIA_TYPE);
        return node;
    }

    private TaxiiResponse notFound(String collectionId) {
        return error(404, "Collection not found", "No collection with id '"
                + ObjectQuery.shown(collectionId) + "' is readable here.");
    }

    private static TaxiiResponse ok(ObjectNode body, Map<String, String> headers) {
        return new TaxiiResponse(200, headers, json(body));
    }

    private static TaxiiResponse error(int status, String title, String description) {
        ObjectNode body = MAPPER.createObjectNode();
        body.put("title", title);
        body.put("description", description);
        body.put("http_status", Integer.toString(status));
        return new TaxiiResponse(status, Map.of(), json(body));
    }

    private static String json(ObjectNode body) {
        try {
            return MAPPER.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree failed to serialise", e);
        }
    }
}
