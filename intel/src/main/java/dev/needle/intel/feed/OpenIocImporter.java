package dev.needle.intel.feed;

import dev.needle.core.indicator.IndicatorType;
import dev.needle.intel.ImportException;
import dev.needle.intel.ParsedFeed;
import dev.needle.intel.ThreatEvent;
import dev.needle.intel.Tlp;
import dev.needle.intel.attack.AttackCatalog;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Imports OpenIOC 1.0 ({@code <ioc>}) and 1.1 ({@code <OpenIOC>}) documents, parsed by
 * {@link SecureXml} with DTDs and external entities refused.
 *
 * <p>One event per document, its id derived from the IOC id: the short description is the
 * headline, the {@code threatgroup} link the attacker, the {@code category} link the category,
 * {@code family} and {@code threatcategory} links tags; amber, as OpenIOC has no marking.
 *
 * <p>Each {@code IndicatorItem} is read by its {@code Context search} path: file hashes
 * ({@code .../Md5sum}, {@code Sha1sum}, {@code Sha256sum}), remote addresses
 * ({@code PortItem/remoteIP}, {@code .../IPv4Address}), host names
 * ({@code DnsEntryItem/RecordName}, {@code DnsEntryItem/Host}, {@code Network/DNS},
 * {@code UrlHistoryItem/HostName}), URLs ({@code UrlHistoryItem/URL}) and senders
 * ({@code Email/From}). The boolean logic between items is not kept. Items with
 * {@code condition="contains"} count when their content is a whole indicator, since IOC authors
 * often wrote domain names that way; negated items and other conditions are skipped, and so are
 * host artefacts (paths, process names, exports), counted in one warning.
 */
final class OpenIocImporter implements FeedImporter {

    private final AttackCatalog catalog;

    OpenIocImporter(AttackCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public ParsedFeed parse(Path file, String dataset) throws ImportException {
        WarningLog log = new WarningLog(file.toString());
        Element root = SecureXml.parse(file).getDocumentElement();
        String version = switch (root.getLocalName()) {
            case "ioc" -> "1.0";
            case "OpenIOC" -> "1.1";
            default -> throw new ImportException(file.toString(), "expected an OpenIOC document"
                    + " (<ioc> or <OpenIOC>), found <" + root.getLocalName() + ">");
        };
        String iocId = root.getAttribute("id");
        if (iocId.isEmpty()) {
            throw new ImportException(file.toString(), "the IOC has no id attribute");
        }
        String place = file + " (ioc " + iocId + ")";
        EventDraft d = new EventDraft(dataset, EventIds.of(dataset, "openioc", iocId), place,
                catalog, log);
        describe(d, root, file, place, version);
        items(d, root, file, log);
        List<ThreatEvent> events = new ArrayList<>();
        d.build(Tlp.AMBER).ifPresent(events::add);
        return new ParsedFeed(events, log.warnings());
    }

    private static void describe(EventDraft d, Element root, Path file, String place,
            String version) throws ImportException {
        d.headline(text(root, "short_description"));
        d.insight(text(root, "description"));
        String authored = text(root, "authored_date");
        String modified = root.getAttribute("last-modified");
        Optional<Instant> date = Timestamps.tryParse(authored).or(() ->
                Timestamps.tryParse(modified));
        d.date(date.isPresent() ? date.get() : SourceFiles.modified(file));
        NodeList links = root.getElementsByTagNameNS("*", "link");
        for (int i = 0; i < links.getLength(); i++) {
            Element link = (Element) links.item(i);
            String value = link.getTextContent().strip();
            switch (link.getAttribute("rel").toLowerCase(Locale.ROOT)) {
                case "threatgroup" -> d.attacker(value);
                case "category" -> d.category(value);
                case "family", "threatcategory" -> d.tag(value);
                default -> d.metadata("openioc.link." + link.getAttribute("rel"), value);
            }
        }
        d.metadata("source", "openioc-" + version);
        d.metadata("openioc.id", root.getAttribute("id"));
        d.metadata("openioc.authored_by", text(root, "authored_by"));
        d.metadata("openioc.last_modified", modified);
    }

    private static void items(EventDraft d, Element root, Path file, WarningLog log) {
        Map<String, Integer> skipped = new TreeMap<>();
        NodeList items = root.getElementsByTagNameNS("*", "IndicatorItem");
        for (int i = 0; i < items.getLength(); i++) {
            Element item = (Element) items.item(i);
            Element context = child(item, "Context");
            Element content = child(item, "Content");
            String search = context == null ? "" : context.getAttribute("search");
            String condition = item.getAttribute("condition").toLowerCase(Locale.ROOT);
            boolean negated = item.getAttribute("negate").equalsIgnoreCase("true");
            Optional<IndicatorType> type = typeOf(search, content);
            if (type.isEmpty() || content == null || negated
                    || !(condition.equals("is") || condition.equals("contains"))) {
                String why = type.isEmpty() ? search : search + " " + (negated ? "negated"
                        : condition);
                skipped.merge(why.isEmpty() ? "(no search path)" : why, 1, Integer::sum);
                continue;
            }
            d.indicator(type.get(), content.getTextContent(), file + " IndicatorItem "
                    + item.getAttribute("id") + " (" + search + ")");
        }
        if (!skipped.isEmpty()) {
            List<String> counts = new ArrayList<>();
            skipped.forEach((why, n) -> counts.add(why + " (" + n + ")"));
            int total = skipped.values().stream().mapToInt(Integer::intValue).sum();
            log.add(file.toString(), total + " indicator items name nothing Needle keeps as an"
                    + " indicator and were skipped: " + String.join(", ", counts));
        }
    }

    private static Optional<IndicatorType> typeOf(String search, Element content) {
        String path = search.toLowerCase(Locale.ROOT);
        String contentType = content == null ? "" : content.getAttribute("type");
        if (path.endsWith("md5sum")) {
            return Optional.of(IndicatorType.MD5);
        }
        if (path.endsWith("sha1sum")) {
            return Optional.of(IndicatorType.SHA1);
        }
        if (path.endsWith("sha256sum")) {
            return Optional.of(IndicatorType.SHA256);
        }
        if (path.endsWith("/remoteip") || path.endsWith("ipv4address")) {
            String value = content == null ? "" : content.getTextContent();
            return Optional.of(value.indexOf(':') >= 0 || contentType.equals("IPv6")
                    ? IndicatorType.IPV6 : IndicatorType.IPV4);
        }
        return Optional.ofNullable(switch (path) {
            case "dnsentryitem/recordname", "dnsentryitem/host", "network/dns",
                    "urlhistoryitem/hostname" -> IndicatorType.DOMAIN;
            case "urlhistoryitem/url" -> IndicatorType.URL;
            case "email/from" -> IndicatorType.EMAIL;
            default -> null;
        });
    }

    private static Element child(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    private static String text(Element root, String localName) {
        NodeList nodes = root.getElementsByTagNameNS("*", localName);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().strip();
    }

    @Override
    public FeedFormat format() {
        return FeedFormat.OPENIOC;
    }
}
