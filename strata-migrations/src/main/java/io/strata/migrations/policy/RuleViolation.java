package io.strata.migrations.policy;

import java.util.Objects;
import java.util.Optional;

/**
 * One rule an operation trips.
 *
 * @param rule the rule's id, e.g. {@code blocking}
 * @param problem what is unsafe, naming the table and column, e.g. {@code adds unique constraint uq_book_isbn
 *     to existing table book: fails if book holds duplicates}
 * @param fix how to do it safely, e.g. the safety advisor's safer form
 * @param allowedBecause the reason the revision's author wrote to allow it, or {@code null} when not allowed
 */
public record RuleViolation(String rule, String problem, String fix, String allowedBecause) {

    /** Requires the rule, the problem and the fix. */
    public RuleViolation {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(fix, "fix");
    }

    /** A violation not (yet) allowed. */
    public static RuleViolation of(String rule, String problem, String fix) {
        return new RuleViolation(rule, problem, fix, null);
    }

    /** This violation, allowed by the author for this reason. */
    public RuleViolation allowed(String reason) {
        return new RuleViolation(rule, problem, fix, reason);
    }

    /** Whether the author allowed it: then it does not fail the gate. */
    public boolean isAllowed() {
        return allowedBecause != null;
    }

    /** The author's reason, when allowed. */
    public Optional<String> reason() {
        return Optional.ofNullable(allowedBecause);
    }
}
