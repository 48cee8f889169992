package io.strata.migrations.policy.internal;

import java.util.List;
import java.util.Optional;

import io.strata.migrations.operations.CompatibilityClassifier;
import io.strata.migrations.operations.Verdict;
import io.strata.migrations.policy.CheckedOperation;
import io.strata.migrations.policy.Policy;
import io.strata.migrations.policy.PolicyRule;
import io.strata.migrations.policy.RuleViolation;

/**
 * {@code breaking-for-replicas}: the compatibility verdict of the operation is breaking, so replicas still
 * running the previous release may fail. Tables the checked revisions create are unknown to those replicas.
 */
public final class BreakingForReplicasRule implements PolicyRule {

    @Override
    public String id() {
        return Policy.BREAKING_FOR_REPLICAS;
    }

    @Override
    public Optional<RuleViolation> judge(CheckedOperation op) {
        if (op.table() != null && !op.onExistingTable()) {
            return Optional.empty();
        }
        Verdict verdict = CompatibilityClassifier.classify(List.of(op.operation()), op.before());
        if (verdict.isCompatible()) {
            return Optional.empty();
        }
        return Optional.of(RuleViolation.of(id(), "breaks replicas still running the previous release: " + verdict.reason(),
                "expand/contract: add the new shape in one release, switch the code, remove the old in a later one;"
                        + " or declare the revision @Revision(compatible = \"why old code is unaffected\")"));
    }
}
