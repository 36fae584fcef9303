package dev.needle.intel.internal;

import dev.needle.intel.ImportException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads RFC 4180 CSV one record at a time: fields in double quotes may hold the delimiter, line
 * breaks and doubled quotes. Lines that start with {@code #} outside a quoted field are comments
 * when asked for; abuse.ch files put their banner, and sometimes their header, in them.
 *
 * <p>A quote left open at the end of the file is an error naming the line where the record
 * began. Errors name the source given to the constructor and the line.
 */
public final class CsvReader {

    private static final int MAX_RECORD = 1 << 20;

    private final BufferedReader in;
    private final String source;
    private final char delimiter;
    private final boolean hashComments;
    private final List<CsvRecord> comments = new ArrayList<>();
    private int lineNumber;

    /**
     * A reader of {@code in}; {@code source} names the file in error messages.
     *
     * @param hashComments whether lines starting with {@code #} are comments
     */
    public CsvReader(Reader in, String source, char delimiter, boolean hashComments) {
        this.in = in instanceof BufferedReader b ? b : new BufferedReader(in);
        this.source = source;
        this.delimiter = delimiter;
        this.hashComments = hashComments;
    }

    /** The next record, skipping blank lines and comments, or empty at the end of the input. */
    public Optional<CsvRecord> next() throws ImportException {
        while (true) {
            String line = readLine();
            if (line == null) {
                return Optional.empty();
            }
            if (lineNumber == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                line = line.substring(1);
            }
            if (hashComments && line.startsWith("#")) {
                comments.add(new CsvRecord(lineNumber, List.of(line)));
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            return Optional.of(parse(line));
        }
    }

    /** The comment lines seen so far, each as a record of one field holding the whole line. */
    public List<CsvRecord> comments() {
        return List.copyOf(comments);
    }

    /** {@code file:line} for the given line, the form places take in import errors. */
    public String place(int line) {
        return source + ":" + line;
    }

    private CsvRecord parse(String firstLine) throws ImportException {
        int startLine = lineNumber;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        String line = firstLine;
        int i = 0;
        boolean quoted = false;
        boolean fieldWasQuoted = false;
        while (true) {
            if (i == line.length()) {
                if (!quoted) {
                    fields.add(field.toString());
                    return new CsvRecord(startLine, fields);
                }
                line = continuation(startLine, field);
                i = 0;
                continue;
            }
            char c = line.charAt(i++);
            if (quoted) {
                if (c != '"') {
                    field.append(c);
                } else if (i < line.length() && line.charAt(i) == '"') {
                    field.append('"');
                    i++;
                } else {
                    quoted = false;
                }
            } else if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
                fieldWasQuoted = false;
            } else if (c == '"' && field.isEmpty() && !fieldWasQuoted) {
                quoted = true;
                fieldWasQuoted = true;
            } else {
                field.append(c);
            }
        }
    }

    private String continuation(int startLine, StringBuilder field) throws ImportException {
        String next = readLine();
        if (next == null) {
            throw new ImportException(place(startLine), "a quoted field is not closed before"
                    + " the end of the file");
        }
        if (field.length() > MAX_RECORD) {
            throw new ImportException(place(startLine), "a quoted field runs past "
                    + MAX_RECORD + " characters; is a closing quote missing?");
        }
        field.append('\n');
        return next;
    }

    private String readLine() throws ImportException {
        try {
            String line = in.readLine();
            if (line != null) {
                lineNumber++;
            }
            return line;
        } catch (IOException e) {
            throw new ImportException(place(lineNumber + 1), "cannot read: " + e.getMessage(), e);
        }
    }
}
