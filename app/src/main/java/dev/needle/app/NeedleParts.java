package dev.needle.app;

import dev.needle.app.analyst.AnalystRef;
import dev.needle.intel.service.IntelService;
import dev.needle.traffic.TrafficService;
import java.util.Objects;

/**
 * The parts' services one Needle process serves from; the server and CLI take them whole. The
 * analyst works over the other two and is built on first use.
 */
public record NeedleParts(TrafficService traffic, IntelService intel, AnalystRef analyst)
        implements AutoCloseable {

    public NeedleParts {
        Objects.requireNonNull(traffic, "traffic");
        Objects.requireNonNull(intel, "intel");
        Objects.requireNonNull(analyst, "analyst");
    }

    /** Closes every part; a failure to close one does not keep the others open. */
    @Override
    public void close() {
        try {
            traffic.close();
        } finally {
            intel.close();
        }
    }
}
