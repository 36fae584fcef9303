package dev.needle.traffic;

/** How urgently a finding asks for a look, lowest first. */
public enum Severity {
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL
}
