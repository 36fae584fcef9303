package dev.needle.traffic;

import java.util.List;
import java.util.Optional;

/**
 * What one ingest did with one source.
 *
 * @param source the file name, or {@code -} for standard input
 * @param format the format the lines were read as, empty when none could be detected
 * @param linesRead lines read in this run (lines already stored by an earlier run not counted)
 * @param rowsStored rows added to the store in this run
 * @param linesRejected lines that did not parse
 * @param linesAlreadyIngested lines skipped because an earlier ingest stored them
 * @param firstRejections the first rejected lines, at most ten
 * @param notes other things a person should know, such as lines stored with invalid UTF-8
 * @param error why the source stopped early, if it did; rows stored before stay stored
 */
public record FileReport(String source, Optional<LogFormat> format, long linesRead,
        long rowsStored, long linesRejected, long linesAlreadyIngested,
        List<Rejection> firstRejections, List<String> notes, Optional<String> error) {

    public FileReport {
        firstRejections = List.copyOf(firstRejections);
        notes = List.copyOf(notes);
    }
}
