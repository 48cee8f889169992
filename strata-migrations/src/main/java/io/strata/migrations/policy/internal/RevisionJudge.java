package io.strata.migrations.policy.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.strata.migrations.graph.Direction;
import io.strata.migrations.operations.CreateTable;
import io.strata.migrations.operations.DropTable;
import io.strata.migrations.operations.MigrationContext;
import io.strata.migrations.operations.Operation;
import io.strata.migrations.operations.Ops;
import io.strata.migrations.operations.RenameTable;
import io.strata.migrations.operations.UnsafeAllowance;
import io.strata.migrations.policy.AllowUnsafe;
import io.strata.migrations.policy.CheckedOperation;
import io.strata.migrations.policy.Finding;
import io.strata.migrations.policy.Policy;
import io.strata.migrations.policy.PolicyException;
import io.strata.migrations.policy.PolicyRule;
import io.strata.migrations.policy.RuleViolation;
import io.strata.migrations.safety.TableSizes;
import io.strata.migrations.revision.MigrationRevision;
import io.strata.migrations.revision.Revision;
import io.strata.migrations.schema.Schema;

/**
 * Judges one revision's upgrade: records it, applies the rules to each operation, and marks the violations its
 * author allowed ({@link AllowUnsafe} on the class, {@code ops.allowUnsafe} before an operation, and a declared
 * {@code @Revision(compatible = ...)} or {@code @Revision(contract = ...)}, which allow {@code breaking-for-replicas}).
 */
public final class RevisionJudge {

    private final MigrationRevision revision;
    private final List<PolicyRule> rules;
    private final Set<String> ruleIds;
    private final TableSizes sizes;
    private final String database;

    /** A judge of this revision with these (enabled) rules; {@code ruleIds} are every rule's, for opt-outs. */
    public RevisionJudge(MigrationRevision revision, List<PolicyRule> rules, Set<String> ruleIds, TableSizes sizes,
            String database) {
        this.revision = revision;
        this.rules = rules;
        this.ruleIds = ruleIds;
        this.sizes = sizes;
        this.database = database;
    }

    /**
     * The findings of the revision's operations on {@code before}; adds the tables it creates to
     * {@code newTables} (lower case) and removes those it drops.
     */
    public List<Finding> findings(Schema before, Set<String> newTables) {
        Ops ops = revision.recorded(Direction.UPGRADE, MigrationContext.of(database, before));
        List<Operation> operations = ops.operations();
        Map<String, String> revisionWide = revisionAllowances();
        Map<Integer, Map<String, String>> perOperation = operationAllowances(ops.allowances(), operations.size());
        List<Finding> findings = new ArrayList<>();
        Schema schema = before;
        for (int i = 0; i < operations.size(); i++) {
            Operation op = complete(operations.get(i), schema);
            track(op, newTables, true);
            CheckedOperation checked = new CheckedOperation(revision.id(), op, schema, newTables, sizes);
            Map<String, String> allowed = new HashMap<>(revisionWide);
            allowed.putAll(perOperation.getOrDefault(i, Map.of()));
            List<RuleViolation> violations = new ArrayList<>();
            for (PolicyRule rule : rules) {
                rule.judge(checked).ifPresent(v -> violations.add(allowed.containsKey(v.rule()) ? v.allowed(allowed.get(v.rule())) : v));
            }
            if (!violations.isEmpty()) {
                findings.add(new Finding(revision.id(), revision.source(), checked.label(), checked.table(), violations));
            }
            schema = apply(op, schema);
            track(op, newTables, false);
        }
        return findings;
    }

    private Map<String, String> revisionAllowances() {
        Class<?> type = revision.migration().getClass();
        Map<String, String> allowed = new HashMap<>();
        for (AllowUnsafe allow : type.getAnnotationsByType(AllowUnsafe.class)) {
            if (allow.reason() == null || allow.reason().isBlank()) {
                throw new PolicyException("@AllowUnsafe(rule = \"" + allow.rule() + "\") on revision " + revision.id() + " ("
                        + type.getName() + ") has no reason: write why the revision is safe on your data in reason = \"...\"");
            }
            allowed.put(known(allow.rule(), "@AllowUnsafe"), allow.reason().strip());
        }
        Revision declared = type.getAnnotation(Revision.class);
        if (declared != null && !declared.compatible().isBlank()) {
            allowed.putIfAbsent(Policy.BREAKING_FOR_REPLICAS, "declared compatible: " + declared.compatible().strip());
        }
        if (declared != null && !declared.contract().isBlank()) {
            allowed.putIfAbsent(Policy.BREAKING_FOR_REPLICAS, "contract revision: runs only with db upgrade --contract, once no"
                    + " replica of the previous release serves");
        }
        return allowed;
    }

    private Map<Integer, Map<String, String>> operationAllowances(List<UnsafeAllowance> allowances, int operations) {
        Map<Integer, Map<String, String>> byOperation = new HashMap<>();
        for (UnsafeAllowance allowance : allowances) {
            if (allowance.operation() >= operations) {
                throw new PolicyException("ops.allowUnsafe(\"" + allowance.rule() + "\", ...) in revision " + revision.id()
                        + " is followed by no operation: call it just before the operation it allows");
            }
            byOperation.computeIfAbsent(allowance.operation(), i -> new HashMap<>())
                    .put(known(allowance.rule(), "ops.allowUnsafe"), allowance.reason());
        }
        return byOperation;
    }

    private String known(String rule, String where) {
        if (!ruleIds.contains(rule)) {
            throw new PolicyException(where + "(\"" + rule + "\") in revision " + revision.id() + " names no policy rule;"
                    + " the rules are " + String.join(", ", ruleIds.stream().sorted().toList()));
        }
        return rule;
    }

    private static Operation complete(Operation op, Schema schema) {
        try {
            return op.completedFrom(schema);
        } catch (RuntimeException e) {
            return op;
        }
    }

    private static Schema apply(Operation op, Schema schema) {
        try {
            return op.applyTo(schema);
        } catch (RuntimeException e) {
            // The runner reports what the replayed schema does not fit; the rules judge what they can.
            return schema;
        }
    }

    /** Before the operation (creating: a new table is new to its own creation), then after it (renames, drops). */
    private static void track(Operation op, Set<String> newTables, boolean before) {
        if (before && op instanceof CreateTable create) {
            newTables.add(lower(create.table().name()));
        } else if (!before && op instanceof RenameTable rename && newTables.remove(lower(rename.from()))) {
            newTables.add(lower(rename.to()));
        } else if (!before && op instanceof DropTable drop) {
            newTables.remove(lower(drop.name()));
        }
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
