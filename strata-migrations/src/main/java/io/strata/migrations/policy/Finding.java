package io.strata.migrations.policy;

import java.util.List;
import java.util.Objects;

/**
 * What the gate found about one operation: every rule it trips.
 *
 * @param revision the revision's id
 * @param source what defined the revision, usually its class name (for CI annotations to find the file)
 * @param operation the operation, e.g. {@code addColumn book.rating}
 * @param table the table it changes, or {@code null} for raw SQL and callbacks
 * @param violations the rules it trips, allowed ones included
 */
public record Finding(String revision, String source, String operation, String table, List<RuleViolation> violations) {

    /** Requires the parts and at least one violation. */
    public Finding {
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(operation, "operation");
        violations = List.copyOf(violations);
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a finding needs a violation");
        }
    }

    /** Whether a violation is not allowed: the finding fails the gate. */
    public boolean failing() {
        return violations.stream().anyMatch(v -> !v.isAllowed());
    }

    /** The ids of the rules tripped, in order. */
    public List<String> rules() {
        return violations.stream().map(RuleViolation::rule).toList();
    }
}
