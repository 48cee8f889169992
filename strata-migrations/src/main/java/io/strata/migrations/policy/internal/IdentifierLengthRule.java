package io.strata.migrations.policy.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.strata.migrations.policy.CheckedOperation;
import io.strata.migrations.policy.Policy;
import io.strata.migrations.policy.PolicyRule;
import io.strata.migrations.policy.RuleViolation;

/**
 * {@code identifier-length}: a name the operation introduces is longer than the smallest
 * {@link io.strata.migrations.dialect.Dialect#maxIdentifierLength()} among the configured databases (PostgreSQL
 * silently truncates past 63, MariaDB refuses past 64). The built-in, replaceable through
 * {@link Policy.Builder#rule}.
 */
public final class IdentifierLengthRule implements PolicyRule {

    private final String database;
    private final int limit;

    /** A rule for these databases' limits (database name → its longest identifier); at least one. */
    public IdentifierLengthRule(Map<String, Integer> limits) {
        Map.Entry<String, Integer> smallest = limits.entrySet().stream()
                .min(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .orElseThrow(() -> new IllegalArgumentException("identifier-length needs at least one database"));
        this.database = smallest.getKey();
        this.limit = smallest.getValue();
    }

    @Override
    public String id() {
        return Policy.IDENTIFIER_LENGTH;
    }

    @Override
    public Optional<RuleViolation> judge(CheckedOperation op) {
        List<String> tooLong = IdentifierNames.of(op.operation()).stream().filter(n -> n.length() > limit).toList();
        if (tooLong.isEmpty()) {
            return Optional.empty();
        }
        String names = String.join(", ", tooLong.stream().map(n -> n + " (" + n.length() + " characters)").toList());
        return Optional.of(RuleViolation.of(id(), "name longer than " + database + " allows (" + limit + "): " + names,
                "shorten it to " + limit + " characters or fewer"));
    }
}
