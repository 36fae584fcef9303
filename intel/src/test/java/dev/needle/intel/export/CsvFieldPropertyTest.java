package dev.needle.intel.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.intel.testing.RandomText;
import org.junit.jupiter.api.Test;

import java.util.List;

class CsvFieldPropertyTest {

    @Test
    void of_anyTwoFields_readBackAsTwoCellsWithFormulasDefused() {
        RandomText random = new RandomText(RandomText.SEED);
        String alphabet = ",\"\r\n=+-@\t' ;ab\u00e9\u2028";
        for (int i = 0; i < 5_000; i++) {
            String first = random.from(alphabet, 12);
            String second = random.from(alphabet, 12);
            String line = CsvField.of(first) + "," + CsvField.of(second) + "\r\n";

            List<List<String>> rows = CsvReader.rows(line);

            assertThat(rows).as("seed %d line %s", RandomText.SEED, line).singleElement()
                    .isEqualTo(List.of(defused(first), defused(second)));
        }
    }

    private static String defused(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
