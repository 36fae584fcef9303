package dev.needle.traffic;

/** The patterns that findings detect. */
public enum FindingKind {
    /** Requests for one subject far above that subject's own baseline. */
    REQUEST_SPIKE,
    /** Error responses (4xx/5xx) for one subject far above its own baseline. */
    ERROR_SPIKE,
    /** Many POSTs or 401/403 responses on a login-like path from few sources. */
    BRUTE_FORCE,
    /** Many 404s over many distinct paths from one source. */
    SCANNING
}
