package dev.needle.intel.internal.store;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * Reads text columns of many rows cheaply: each value as its UTF-8 bytes, since sqlite-jdbc's
 * getString wraps every value in a direct buffer before copying it, and as the same string as
 * the row before when its bytes are the same, as they mostly are in a rollup read in key order.
 */
final class TextColumns {

    private final byte[][] lastBytes;
    private final String[] lastText;

    /** A reader of columns 1 to {@code columns}. */
    TextColumns(int columns) {
        this.lastBytes = new byte[columns][];
        this.lastText = new String[columns];
    }

    /** The text of column {@code index + 1} of the current row, which must not be null. */
    String read(ResultSet rs, int index) throws SQLException {
        byte[] bytes = rs.getBytes(index + 1);
        if (!Arrays.equals(bytes, lastBytes[index])) {
            lastBytes[index] = bytes;
            lastText[index] = new String(bytes, StandardCharsets.UTF_8);
        }
        return lastText[index];
    }
}
