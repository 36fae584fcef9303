package dev.needle.bench;

/**
 * Makes many distinct request paths out of few, the way ids do in real sites: a directory-like
 * path gets the id as a last segment ({@code /blog/tags/puppet/4711?flav=rss20}), a file-like
 * one gets it as a query parameter ({@code /favicon.ico?id=4711}).
 */
final class PathVariants {

    private static final byte[] ID_PARAMETER = {'i', 'd', '='};

    private PathVariants() {
    }

    /** Appends the variant of {@code path} for {@code id}; an empty path stays empty. */
    static void append(LineBuffer line, byte[] path, int id) {
        if (path.length == 0) {
            return;
        }
        int queryStart = indexOf(path, (byte) '?');
        if (isFileLike(path, queryStart)) {
            line.append(path);
            line.append(queryStart < path.length ? (byte) '&' : (byte) '?');
            line.append(ID_PARAMETER);
            line.appendDecimal(id);
            return;
        }
        line.append(path, 0, queryStart);
        if (queryStart == 0 || path[queryStart - 1] != '/') {
            line.append((byte) '/');
        }
        line.appendDecimal(id);
        line.append(path, queryStart, path.length - queryStart);
    }

    /** Whether the last segment before the query has a dot, as in {@code logo.png}. */
    private static boolean isFileLike(byte[] path, int queryStart) {
        for (int i = queryStart - 1; i >= 0 && path[i] != '/'; i--) {
            if (path[i] == '.') {
                return true;
            }
        }
        return false;
    }

    private static int indexOf(byte[] path, byte value) {
        for (int i = 0; i < path.length; i++) {
            if (path[i] == value) {
                return i;
            }
        }
        return path.length;
    }
}
