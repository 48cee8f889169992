package io.strata.migrations.policy;

import java.util.Optional;

/**
 * One rule of the policy gate: judges one operation at a time. Stateless; the built-in rules' ids are the
 * constants of {@link Policy}, and {@link Policy.Builder#rule(PolicyRule)} replaces one by id (or adds one).
 */
public interface PolicyRule {

    /** The id configuration and opt-outs name it by, e.g. {@code blocking}: lower case, words joined by {@code -}. */
    String id();

    /** What this rule finds wrong with the operation, or empty when nothing. */
    Optional<RuleViolation> judge(CheckedOperation operation);
}
