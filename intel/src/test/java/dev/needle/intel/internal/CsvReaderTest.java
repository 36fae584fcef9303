package dev.needle.intel.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needle.intel.ImportException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    @Test
    void next_quotedFields_keepDelimitersQuotesAndLineBreaks() throws ImportException {
        CsvReader csv = reader("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",plain\nnext,row\n");

        CsvRecord first = csv.next().orElseThrow();
        CsvRecord second = csv.next().orElseThrow();

        assertThat(first.fields()).containsExactly("a,b", "say \"hi\"", "two\nlines", "plain");
        assertThat(first.line()).isEqualTo(1);
        assertThat(second.fields()).containsExactly("next", "row");
        assertThat(second.line()).isEqualTo(3);
        assertThat(csv.next()).isEmpty();
    }

    @Test
    void next_hashLines_areCommentsWhenAsked() throws ImportException {
        CsvReader csv = new CsvReader(new StringReader("# banner\n# a,b\n\n1,2\n"), "f.csv", ',',
                true);

        assertThat(csv.next().orElseThrow().fields()).containsExactly("1", "2");
        assertThat(csv.comments()).extracting(CsvRecord::line).containsExactly(1, 2);
        assertThat(csv.comments().get(1).field(0)).isEqualTo("# a,b");
    }

    @Test
    void next_emptyFieldsAndByteOrderMark_areKept() throws ImportException {
        CsvReader csv = reader("\uFEFFa,,\"\",b\n");

        assertThat(csv.next().orElseThrow().fields()).containsExactly("a", "", "", "b");
    }

    @Test
    void next_unclosedQuote_namesTheLineWhereTheRecordStarted() throws ImportException {
        CsvReader csv = reader("ok,1\n\"open,2\nmore\n");
        csv.next();

        assertThatThrownBy(csv::next).isInstanceOf(ImportException.class)
                .hasMessageStartingWith("f.csv:2: ")
                .hasMessageContaining("not closed");
    }

    @Test
    void field_pastTheEnd_isEmpty() {
        assertThat(new CsvRecord(1, List.of("a")).field(3)).isEmpty();
    }

    private static CsvReader reader(String text) {
        return new CsvReader(new StringReader(text), "f.csv", ',', false);
    }
}
