package dev.needle.intel.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CsvFieldPropertyTest {

    @Property
    void of_anyTwoFields_readBackAsTwoCellsWithFormulasDefused(
            @ForAll("csvText") String first, @ForAll("csvText") String second) {
        String line = CsvField.of(first) + "," + CsvField.of(second) + "\r\n";

        List<List<String>> rows = CsvReader.rows(line);

        assertThat(rows).singleElement().isEqualTo(List.of(defused(first), defused(second)));
    }

    @Provide
    Arbitrary<String> csvText() {
        return Arbitraries.strings().withChars(",\"\r\n=+-@\t' ;ab\u00e9\u2028").ofMaxLength(12);
    }

    private static String defused(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
