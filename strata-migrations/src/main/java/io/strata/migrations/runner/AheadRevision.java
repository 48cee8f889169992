package io.strata.migrations.runner;

import java.util.Objects;

import io.strata.migrations.operations.Verdict;

/**
 * A revision the database has applied that this code does not know, with the verdict recorded when it
 * was applied.
 *
 * @param id the revision id
 * @param verdict the recorded verdict, or {@code null} when none was recorded (an older Strata applied it)
 */
public record AheadRevision(String id, Verdict verdict) {

    /** Requires the id. */
    public AheadRevision {
        Objects.requireNonNull(id, "id");
    }

    /** Whether it was recorded as compatible. */
    public boolean compatible() {
        return verdict != null && verdict.isCompatible();
    }

    /** The id with its verdict, e.g. {@code f3 (breaking: drops column book.isbn)}. */
    public String describe() {
        if (verdict == null) {
            return id + " (no compatibility recorded: treated as breaking)";
        }
        return id + " (" + (verdict.isCompatible() ? "compatible" : "breaking") + ": " + verdict.reason() + ")";
    }
}
