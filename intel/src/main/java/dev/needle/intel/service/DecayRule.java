package dev.needle.intel.service;

import java.time.Duration;
import java.util.Objects;

/**
 * How fast an indicator's score fades: {@code score = confidence × 0.5^(age / halfLife)}, where
 * age is the time since the indicator was last seen (the event's last-seen time, or its date
 * when the event has none). An indicator seen in the future counts as seen now. A score below
 * {@code expireBelow} marks the indicator expired: still reported, but no longer to act on.
 *
 * @param halfLife the time after which the score has halved; positive
 * @param expireBelow the score under which a match is expired, 0 to 100
 */
public record DecayRule(Duration halfLife, double expireBelow) {

    public DecayRule {
        Objects.requireNonNull(halfLife, "halfLife");
        if (halfLife.isNegative() || halfLife.isZero()) {
            throw new IllegalArgumentException("half-life " + halfLife + " must be positive");
        }
        if (!(expireBelow >= 0 && expireBelow <= 100)) {
            throw new IllegalArgumentException("expireBelow " + expireBelow
                    + " is not within 0 to 100");
        }
    }

    /** A rule with this half-life that expires scores below 5. */
    public static DecayRule halfLife(Duration halfLife) {
        return new DecayRule(halfLife, 5);
    }

    /** The decayed score of an indicator with this confidence, last seen {@code ageMillis} ago. */
    public double score(int confidence, long ageMillis) {
        long age = Math.max(0, ageMillis);
        return confidence * Math.pow(0.5, age / (double) halfLife.toMillis());
    }

    /** Whether a score has fallen below the expiry threshold. */
    public boolean expired(double score) {
        return score < expireBelow;
    }
}
