package dev.needle.intel.export;

import java.util.ArrayList;
import java.util.List;

/** A strict RFC 4180 reader for tests: CRLF rows, quoted fields, doubled quotes. */
final class CsvReader {

    private CsvReader() {
    }

    static List<List<String>> rows(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"' && field.isEmpty()) {
                i = quoted(text, i + 1, field);
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
                i++;
            } else if (text.startsWith("\r\n", i)) {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i += 2;
            } else if (c == '"' || c == '\r' || c == '\n') {
                throw new IllegalArgumentException("bare " + (int) c + " at offset " + i);
            } else {
                field.append(c);
                i++;
            }
        }
        if (!row.isEmpty() || !field.isEmpty()) {
            throw new IllegalArgumentException("last row does not end with CRLF");
        }
        return rows;
    }

    /** Reads a quoted field from after its opening quote; returns the index after the close. */
    private static int quoted(String text, int start, StringBuilder field) {
        int i = start;
        while (true) {
            int quote = text.indexOf('"', i);
            if (quote < 0) {
                throw new IllegalArgumentException("unclosed quote from offset " + start);
            }
            field.append(text, i, quote);
            if (text.startsWith("\"\"", quote)) {
                field.append('"');
                i = quote + 2;
            } else {
                int after = quote + 1;
                if (after < text.length() && text.charAt(after) != ','
                        && text.charAt(after) != '\r') {
                    throw new IllegalArgumentException("text after closing quote at " + after);
                }
                return after;
            }
        }
    }
}
