package dev.needle.analyst;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** Tests on one {@link Fixture} per class, built before the first test and closed after all. */
abstract class OnFixture {

    @TempDir
    static Path dir;

    static Fixture node;

    @BeforeAll
    static void open() throws Exception {
        node = new Fixture(dir);
    }

    @AfterAll
    static void close() {
        node.close();
    }
}
