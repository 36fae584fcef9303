package dev.needle.analyst.tool;

import dev.needle.intel.service.IntelService;
import dev.needle.intel.service.Principal;
import dev.needle.traffic.TrafficService;
import java.time.Clock;
import java.util.Objects;

/**
 * What a tool runs against: the services, the caller, and the clock that "now" is read from.
 * Intel reads go through the service with the caller's principal, so a tool sees exactly what
 * the caller's token sees. Traffic belongs to the node, as on the traffic API.
 */
public record ToolContext(TrafficService traffic, IntelService intel, Principal caller,
        Clock clock) {

    public ToolContext {
        Objects.requireNonNull(traffic, "traffic");
        Objects.requireNonNull(intel, "intel");
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(clock, "clock");
    }
}
