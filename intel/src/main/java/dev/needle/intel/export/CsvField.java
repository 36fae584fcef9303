package dev.needle.intel.export;

/**
 * One CSV field, quoted as RFC 4180 asks and defused against spreadsheet formulas.
 *
 * <p>A field that a spreadsheet would read as a formula (it starts with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return) gets a leading {@code '}, which spreadsheets
 * show as text; the value is then no longer byte-identical, which is the point. A field with a
 * comma, a double quote, a carriage return or a line feed is enclosed in double quotes, with
 * double quotes doubled.
 */
final class CsvField {

    private CsvField() {
    }

    static String of(String value) {
        String defused = startsLikeFormula(value) ? "'" + value : value;
        if (!needsQuotes(defused)) {
            return defused;
        }
        return '"' + defused.replace("\"", "\"\"") + '"';
    }

    private static boolean startsLikeFormula(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
    }

    private static boolean needsQuotes(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                return true;
            }
        }
        return false;
    }
}
