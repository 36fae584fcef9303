package dev.needle.intel.feed;

import dev.needle.intel.ImportException;
import dev.needle.intel.internal.CsvReader;
import dev.needle.intel.internal.CsvRecord;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Predicate;

/**
 * A CSV file with a header, read row by row. The header is the first record, or, as in some
 * abuse.ch files, the last comment line before the data ({@code # ja3_md5,Firstseen,...}).
 * Columns are found by name, ignoring case and surrounding spaces.
 */
final class CsvTable implements AutoCloseable {

    private final Path file;
    private final BufferedReader in;
    private final CsvReader csv;
    private final List<String> header;
    private final int headerLine;
    private CsvRecord pending;

    private CsvTable(Path file, BufferedReader in, CsvReader csv, List<String> header,
            int headerLine, CsvRecord pending) {
        this.file = file;
        this.in = in;
        this.csv = csv;
        this.header = header;
        this.headerLine = headerLine;
        this.pending = pending;
    }

    /**
     * Opens {@code file} and finds its header: the first record or comment line of which
     * {@code isHeader} approves, given lower-cased names.
     */
    static CsvTable open(Path file, char delimiter, boolean hashComments,
            Predicate<List<String>> isHeader) throws ImportException {
        BufferedReader in = SourceFiles.utf8(file);
        try {
            CsvReader csv = new CsvReader(in, file.toString(), delimiter, hashComments);
            Optional<CsvRecord> first = csv.next();
            if (first.isPresent() && isHeader.test(names(first.get().fields()))) {
                return new CsvTable(file, in, csv, trimmed(first.get().fields()),
                        first.get().line(), null);
            }
            for (CsvRecord comment : csv.comments().reversed()) {
                List<String> fields = uncomment(comment.field(0), delimiter, file);
                if (isHeader.test(names(fields))) {
                    return new CsvTable(file, in, csv, trimmed(fields), comment.line(),
                            first.orElse(null));
                }
            }
            throw new ImportException(file.toString(), "no header line with the expected"
                    + " columns was found");
        } catch (ImportException | RuntimeException e) {
            closeQuietly(in);
            throw e;
        }
    }

    /** Whether the header has a column of one of these names. */
    static Predicate<List<String>> hasColumn(String... names) {
        return header -> {
            for (String name : names) {
                if (header.contains(name)) {
                    return true;
                }
            }
            return false;
        };
    }

    /** The index of the column with one of {@code names}; an error naming the first if none. */
    int column(String... names) throws ImportException {
        OptionalInt found = optionalColumn(names);
        if (found.isEmpty()) {
            throw new ImportException(place(headerLine), "column '" + names[0] + "' is missing;"
                    + " the header has " + String.join(", ", header));
        }
        return found.getAsInt();
    }

    /** The index of the column with one of {@code names}, if there is one. */
    OptionalInt optionalColumn(String... names) {
        List<String> lower = names(header);
        for (String name : names) {
            int i = lower.indexOf(name.toLowerCase(Locale.ROOT));
            if (i >= 0) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /** The next data row, or empty at the end of the file. */
    Optional<CsvRecord> next() throws ImportException {
        if (pending != null) {
            CsvRecord row = pending;
            pending = null;
            return Optional.of(row);
        }
        return csv.next();
    }

    /** {@code file:line}. */
    String place(int line) {
        return file + ":" + line;
    }

    /** The comment lines seen so far. */
    List<CsvRecord> comments() {
        return csv.comments();
    }

    @Override
    public void close() {
        closeQuietly(in);
    }

    private static List<String> uncomment(String line, char delimiter, Path file)
            throws ImportException {
        String text = line.replaceFirst("^#+\\s*", "");
        CsvReader reader = new CsvReader(new StringReader(text), file.toString(), delimiter,
                false);
        return reader.next().map(CsvRecord::fields).orElse(List.of());
    }

    private static List<String> trimmed(List<String> fields) {
        return fields.stream().map(String::strip).toList();
    }

    private static List<String> names(List<String> fields) {
        List<String> out = new ArrayList<>(fields.size());
        fields.forEach(f -> out.add(f.strip().toLowerCase(Locale.ROOT)));
        return out;
    }

    private static void closeQuietly(BufferedReader in) {
        try {
            in.close();
        } catch (IOException e) {
            // Nothing was written; a failure to close a reader loses nothing.
        }
    }
}
