package dev.needle.traffic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Builds a small Apache combined log for a test, one request at a time. */
final class CombinedLog {

    private static final DateTimeFormatter TIME = DateTimeFormatter
            .ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final List<String> lines = new ArrayList<>();

    /** Adds one request. */
    CombinedLog add(String ip, Instant time, String method, String path, int status) {
        lines.add(ip + " - - [" + TIME.format(time) + "] \"" + method + " " + path
                + " HTTP/1.1\" " + status + " 512 \"-\" \"needle-test\"");
        return this;
    }

    /** Adds a GET answered 200. */
    CombinedLog get(String ip, Instant time, String path) {
        return add(ip, time, "GET", path, 200);
    }

    /** Writes the log to {@code file}. */
    Path writeTo(Path file) throws IOException {
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }
}
