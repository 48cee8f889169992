package io.strata.migrations.operations;

/**
 * An author's written permission for one operation to trip one rule of the policy gate
 * ({@code db check --policy}), recorded by {@link Ops#allowUnsafe(String, String)}.
 *
 * @param operation the position of the operation it applies to among the recorded operations
 * @param rule the id of the rule allowed, e.g. {@code blocking}
 * @param reason why the operation is safe here anyway (never blank): the gate's report shows it
 */
public record UnsafeAllowance(int operation, String rule, String reason) {

    /** Requires a rule and a reason. */
    public UnsafeAllowance {
        if (rule == null || rule.isBlank()) {
            throw new IllegalArgumentException("allowUnsafe needs the id of the rule it allows, e.g. \"blocking\"");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("allowUnsafe(\"" + rule + "\", ...) needs a reason: say why the"
                    + " operation is safe on your data, the policy report shows it");
        }
        rule = rule.strip();
        reason = reason.strip();
        if (operation < 0) {
            throw new IllegalArgumentException("operation index " + operation + " is negative");
        }
    }
}
