package io.strata.migrations.policy.internal;

import java.util.Optional;

import io.strata.migrations.diff.internal.DataLoss;
import io.strata.migrations.policy.CheckedOperation;
import io.strata.migrations.policy.Policy;
import io.strata.migrations.policy.PolicyRule;
import io.strata.migrations.policy.RuleViolation;

/** {@code destructive}: an operation that can destroy stored data (a dropped table or column, a narrowed type). */
public final class DestructiveRule implements PolicyRule {

    @Override
    public String id() {
        return Policy.DESTRUCTIVE;
    }

    @Override
    public Optional<RuleViolation> judge(CheckedOperation op) {
        if (!op.operation().losesData()) {
            return Optional.empty();
        }
        String loss = DataLoss.of(op.operation(), op.before()).orElse(op.label() + " can destroy stored data");
        return Optional.of(RuleViolation.of(id(), loss, "expand/contract: release code that no longer uses it first,"
                + " copy or back up the data, then remove it in a later revision"));
    }
}
