package dev.needle.intel.feed;

import dev.needle.intel.ImportException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells the format of a feed from the first 64 KiB of its content, then from its name: a
 * directory with {@code manifest.json} is a MISP feed; XML with an {@code ioc} or
 * {@code OpenIOC} root is OpenIOC; JSON is a STIX bundle, a MISP event or ThreatFox by its keys;
 * text is Feodo Tracker, URLhaus or SSLBL JA3 by its banner or header, and other CSV is
 * {@link FeedFormat#CSV}, which needs a mapping.
 */
public final class FeedDetector {

    private static final int PREFIX = 64 * 1024;
    private static final Pattern STIX = Pattern.compile(
            "\"(?:type\"\\s*:\\s*\"bundle\"|id\"\\s*:\\s*\"bundle--)");
    private static final Pattern MISP = Pattern.compile("\"Event\"\\s*:\\s*\\{");
    private static final Pattern THREATFOX = Pattern.compile(
            "\"(?:ioc_type|ioc_value|query_status)\"\\s*:");
    private static final Pattern OPENIOC = Pattern.compile(
            "<(?:[A-Za-z_][\\w.-]*:)?(?:ioc|OpenIOC)[\\s>]");

    private FeedDetector() {
    }

    /** The format of {@code file}; an error when it is none Needle reads. */
    public static FeedFormat detect(Path file) throws ImportException {
        if (Files.isDirectory(file)) {
            if (Files.isRegularFile(file.resolve("manifest.json"))) {
                return FeedFormat.MISP_FEED;
            }
            throw new ImportException(file.toString(), "a directory is read only as a MISP feed,"
                    + " and it holds no manifest.json");
        }
        String head = head(file).stripLeading();
        String name = file.getFileName() == null ? ""
                : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (head.startsWith("<")) {
            if (OPENIOC.matcher(head).find()) {
                return FeedFormat.OPENIOC;
            }
            throw new ImportException(file.toString(), "XML, but not OpenIOC");
        }
        if (head.startsWith("{") || head.startsWith("[")) {
            return json(file, head);
        }
        return text(head, name);
    }

    private static FeedFormat json(Path file, String head) throws ImportException {
        if (STIX.matcher(head).find()) {
            return FeedFormat.STIX;
        }
        if (MISP.matcher(head).find()) {
            return FeedFormat.MISP_EVENT;
        }
        if (THREATFOX.matcher(head).find()) {
            return FeedFormat.THREATFOX;
        }
        throw new ImportException(file.toString(), "JSON, but neither a STIX bundle, a MISP"
                + " event nor ThreatFox IOCs");
    }

    private static FeedFormat text(String head, String name) {
        String lower = head.toLowerCase(Locale.ROOT);
        if (lower.contains("feodo tracker") || lower.contains("dst_ip")
                || name.contains("feodo")) {
            return FeedFormat.FEODO_TRACKER;
        }
        if (lower.contains("ja3_md5") || name.contains("ja3")) {
            return FeedFormat.SSLBL_JA3;
        }
        if (lower.contains("urlhaus")) {
            return FeedFormat.URLHAUS;
        }
        return name.endsWith(".ioc") ? FeedFormat.OPENIOC : FeedFormat.CSV;
    }

    private static String head(Path file) throws ImportException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(PREFIX);
            String text = new String(bytes, StandardCharsets.UTF_8);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (IOException e) {
            throw SourceFiles.unreadable(file, e);
        }
    }
}
