package dev.needle.app.http.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A combined-format test log read with a regular expression of its own, so that the values a
 * test expects do not come from the parser under test. Backslash escapes inside quoted fields
 * are kept as written.
 */
public final class ReferenceLog {

    private static final Pattern LINE = Pattern.compile(
            "^(\\S+) \\S+ \\S+ \\[([^\\]]+)\\] \"((?:[^\"\\\\]|\\\\.)*)\" (\\d{3}) (\\S+)"
                    + " \"((?:[^\"\\\\]|\\\\.)*)\" \"((?:[^\"\\\\]|\\\\.)*)\"?$");
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ROOT);

    /** One request of the log. */
    public record Request(String ip, Instant time, String path, int status, String ua) {
    }

    /** A value and how many requests carried it. */
    public record Count(String value, long count) {
    }

    private final Path file;
    private final List<Request> requests;

    private ReferenceLog(Path file, List<Request> requests) {
        this.file = file;
        this.requests = List.copyOf(requests);
    }

    /** Reads the test resource {@code logs/NAME}. */
    public static ReferenceLog resource(String name) {
        URL url = ReferenceLog.class.getResource("/logs/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no test log " + name);
        }
        try {
            Path file = Path.of(url.toURI());
            List<Request> requests = new ArrayList<>();
            int number = 0;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                number++;
                requests.add(parse(line, name, number));
            }
            return new ReferenceLog(file, requests);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Request parse(String line, String name, int number) {
        Matcher m = LINE.matcher(line);
        if (!m.matches()) {
            throw new IllegalStateException(name + ":" + number + ": not a combined line");
        }
        String[] request = m.group(3).split(" ");
        String uri = request.length == 3 ? request[1] : m.group(3);
        int query = uri.indexOf('?');
        String path = query < 0 ? uri : uri.substring(0, query);
        return new Request(m.group(1), ZonedDateTime.parse(m.group(2), TIME).toInstant(),
                path, Integer.parseInt(m.group(4)), m.group(7));
    }

    /** The file, to ingest. */
    public Path file() {
        return file;
    }

    /** Every request, in file order. */
    public List<Request> requests() {
        return requests;
    }

    /** The requests matching {@code filter}. */
    public List<Request> where(Predicate<Request> filter) {
        return requests.stream().filter(filter).toList();
    }

    /** The {@code n} most frequent values of {@code field}, most first, ties by value. */
    public static List<Count> top(List<Request> requests, Function<Request, String> field,
            int n) {
        Map<String, Long> counts = requests.stream()
                .collect(Collectors.groupingBy(field, Collectors.counting()));
        return counts.entrySet().stream()
                .map(e -> new Count(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(Count::count).reversed()
                        .thenComparing(Count::value))
                .limit(n)
                .toList();
    }
}
