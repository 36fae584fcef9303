package dev.needle.traffic;

import java.time.Duration;
import java.util.List;

/** The outcome of one ingest run over one or more sources. */
public record IngestReport(List<FileReport> files, Duration elapsed) {

    public IngestReport {
        files = List.copyOf(files);
    }

    public long linesRead() {
        return files.stream().mapToLong(FileReport::linesRead).sum();
    }

    public long rowsStored() {
        return files.stream().mapToLong(FileReport::rowsStored).sum();
    }

    public long linesRejected() {
        return files.stream().mapToLong(FileReport::linesRejected).sum();
    }

    /** Lines read per second of wall time; zero when nothing was read. */
    public double linesPerSecond() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds <= 0 ? 0 : linesRead() / seconds;
    }
}
