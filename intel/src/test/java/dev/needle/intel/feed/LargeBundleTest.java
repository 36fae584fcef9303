package dev.needle.intel.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bundle of about 100 MB must import without holding its JSON tree: the import runs in a
 * child JVM whose heap is capped at 512 MB, about five times the file.
 */
class LargeBundleTest {

    private static final long TARGET_BYTES = 100L * 1024 * 1024;
    private static final String HEAP = "-Xmx512m";

    @TempDir
    Path dir;

    @Test
    void parse_hundredMegabyteBundle_importsEveryIndicatorInABoundedHeap() throws Exception {
        Path bundle = dir.resolve("large.json");
        long written = writeBundle(bundle);
        assertThat(Files.size(bundle)).isGreaterThanOrEqualTo(TARGET_BYTES);

        Process child = new ProcessBuilder(java(), HEAP, "-cp",
                System.getProperty("java.class.path"), LargeBundleImport.class.getName(),
                bundle.toString()).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(),
                StandardCharsets.UTF_8);

        assertThat(child.waitFor()).as(output).isZero();
        assertThat(output.strip().lines().toList().getLast()).isEqualTo("events=" + written
                + " indicators=" + written + " warnings=0");
    }

    /** Writes indicators until the file passes the target size; returns how many. */
    private static long writeBundle(Path file) throws IOException {
        HexFormat hex = HexFormat.of();
        long count = 0;
        long bytes = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("{\"type\": \"bundle\", \"id\": \"bundle--00000000-0000-4000-8000-"
                    + "000000000000\", \"objects\": [\n");
            while (bytes < TARGET_BYTES) {
                String object = (count == 0 ? "" : ",\n") + indicator(count, hex);
                out.write(object);
                bytes += object.length();
                count++;
            }
            out.write("\n]}\n");
        }
        return count;
    }

    private static String indicator(long n, HexFormat hex) {
        String id = "%08x-0000-4000-8000-%012x".formatted(n >>> 16, n);
        String pattern = switch ((int) (n % 3)) {
            case 0 -> "[file:hashes.'SHA-256' = '" + hex.toHexDigits(n).repeat(4) + "']";
            case 1 -> "[domain-name:value = 'host-" + n + ".evil.example']";
            default -> "[ipv4-addr:value = '10." + ((n >> 16) & 0xff) + "." + ((n >> 8) & 0xff)
                    + "." + (n & 0xff) + "']";
        };
        return "{\"type\": \"indicator\", \"spec_version\": \"2.1\", \"id\": \"indicator--" + id
                + "\", \"created\": \"2024-03-01T10:00:00.000Z\", \"modified\": "
                + "\"2024-03-01T10:00:00.000Z\", \"name\": \"Generated indicator " + n
                + "\", \"description\": \"Synthetic indicator for the large-bundle test; the"
                + " text pads the object to a realistic size.\", \"indicator_types\": "
                + "[\"malicious-activity\"], \"pattern\": \"" + pattern + "\", "
                + "\"pattern_type\": \"stix\", \"valid_from\": \"2024-03-01T10:00:00Z\"}";
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
