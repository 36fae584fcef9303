package dev.needle.intel.feed;

import dev.needle.intel.ImportException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;

/** Opening feed files, and the errors for files that cannot be read. */
final class SourceFiles {

    private SourceFiles() {
    }

    /** A UTF-8 reader of {@code file}; bytes that are not UTF-8 fail the read. */
    static BufferedReader utf8(Path file) throws ImportException {
        try {
            return Files.newBufferedReader(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    /** When {@code file} was last modified: the date of last resort for undated records. */
    static Instant modified(Path file) throws ImportException {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    /** The error for a file that cannot be read. */
    static ImportException unreadable(Path file, IOException e) {
        if (e instanceof NoSuchFileException || !Files.exists(file)) {
            return new ImportException(file.toString(), "no such file", e);
        }
        if (e instanceof CharacterCodingException) {
            return new ImportException(file.toString(), "the file is not UTF-8 text", e);
        }
        return new ImportException(file.toString(), "cannot read: " + e.getMessage(), e);
    }
}
