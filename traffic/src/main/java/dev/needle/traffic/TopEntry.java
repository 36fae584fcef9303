package dev.needle.traffic;

/** One row of a top list: a field's value and how many requests carried it. */
public record TopEntry(String value, long count) {
}
