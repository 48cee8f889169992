package io.strata.migrations.policy.internal;

import java.util.List;
import java.util.Optional;

import io.strata.migrations.diff.internal.MissingDefaults;
import io.strata.migrations.policy.CheckedOperation;
import io.strata.migrations.policy.Policy;
import io.strata.migrations.policy.PolicyRule;
import io.strata.migrations.policy.RuleViolation;

/** {@code not-null-without-default}: a NOT NULL column with no server default added to a table that exists. */
public final class NotNullWithoutDefaultRule implements PolicyRule {

    @Override
    public String id() {
        return Policy.NOT_NULL_WITHOUT_DEFAULT;
    }

    @Override
    public Optional<RuleViolation> judge(CheckedOperation op) {
        if (!op.onExistingTable()) {
            return Optional.empty();
        }
        return MissingDefaults.of(List.of(op.operation())).stream().findFirst()
                .map(missing -> RuleViolation.of(id(), missing.message(), "give it a server default"
                        + " (c -> c.notNull().serverDefault(\"...\")), or add it nullable, backfill it, then set it NOT NULL"));
    }
}
