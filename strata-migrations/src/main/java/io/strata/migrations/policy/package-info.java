/**
 * The policy gate behind {@code db check --policy}: rules that judge the operations of revisions not yet
 * applied to a database (or of a range) before anything runs, each rule with an id that configuration can
 * turn off, and the opt-outs written in the revisions themselves
 * ({@link io.strata.migrations.policy.AllowUnsafe} on the class,
 * {@link io.strata.migrations.operations.Ops#allowUnsafe} for one operation), which the
 * {@link io.strata.migrations.policy.PolicyReport report} shows with their reasons.
 *
 * <pre>{@code
 * Policy policy = Policy.builder().databases(List.of("postgresql")).disable("destructive").build();
 * PolicyReport report = policy.check(revisions, revisions.graph().planUpgrade(current, "heads"));
 * if (!report.passed()) { System.out.print(report.text()); }
 * }</pre>
 */
package io.strata.migrations.policy;
