package dev.needle.core.filter;

/** How a filterable field compares: as text, as a number, or as an IP address. */
public enum FieldType {
    TEXT,
    NUMBER,
    IP
}
