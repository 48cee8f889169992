package io.strata.migrations.operations;

import java.util.Objects;

/**
 * A compatibility verdict with the reason for it, e.g. {@code BREAKING: drops column book.isbn}.
 *
 * @param compatibility compatible or breaking
 * @param reason why, in a few words (never empty)
 */
public record Verdict(Compatibility compatibility, String reason) {

    /** Requires both parts. */
    public Verdict {
        Objects.requireNonNull(compatibility, "compatibility");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a " + compatibility + " verdict needs a reason");
        }
    }

    /** A compatible verdict. */
    public static Verdict compatible(String reason) {
        return new Verdict(Compatibility.COMPATIBLE, reason);
    }

    /** A breaking verdict. */
    public static Verdict breaking(String reason) {
        return new Verdict(Compatibility.BREAKING, reason);
    }

    /** Whether older code may keep running. */
    public boolean isCompatible() {
        return compatibility == Compatibility.COMPATIBLE;
    }

    @Override
    public String toString() {
        return compatibility.name().toLowerCase(java.util.Locale.ROOT) + " (" + reason + ")";
    }
}
