package io.strata.migrations.policy.internal;

import java.util.Optional;

import io.strata.migrations.operations.AlterColumn;
import io.strata.migrations.operations.CreateCheckConstraint;
import io.strata.migrations.operations.CreateForeignKey;
import io.strata.migrations.operations.CreateIndex;
import io.strata.migrations.operations.CreatePrimaryKey;
import io.strata.migrations.operations.CreateUniqueConstraint;
import io.strata.migrations.operations.Operation;
import io.strata.migrations.policy.CheckedOperation;
import io.strata.migrations.policy.Policy;
import io.strata.migrations.policy.PolicyRule;
import io.strata.migrations.policy.RuleViolation;

/**
 * {@code data-dependent}: a NOT NULL, unique, primary key, check or foreign key constraint added to a table that
 * exists: whether it succeeds depends on the rows production holds, which CI's database does not have.
 */
public final class DataDependentRule implements PolicyRule {

    @Override
    public String id() {
        return Policy.DATA_DEPENDENT;
    }

    @Override
    public Optional<RuleViolation> judge(CheckedOperation op) {
        if (!op.onExistingTable()) {
            return Optional.empty();
        }
        Operation operation = op.operation();
        String table = op.table();
        if (operation instanceof AlterColumn alter && Boolean.FALSE.equals(alter.nullable())
                && (alter.existing() == null || alter.existing().nullable())) {
            return violation("makes column " + table + "." + alter.column() + " NOT NULL: fails if a row holds NULL",
                    "backfill the NULLs first (in an earlier revision or a backfill), then set NOT NULL");
        }
        if (operation instanceof CreateIndex create && create.index().unique()) {
            return duplicates("unique index " + create.index().name(), table, String.join(", ", create.index().columns()));
        }
        if (operation instanceof CreateUniqueConstraint unique) {
            return duplicates("unique constraint " + unique.unique().name(), table, String.join(", ", unique.unique().columns()));
        }
        if (operation instanceof CreatePrimaryKey pk) {
            return duplicates("primary key " + pk.primaryKey().name(), table, String.join(", ", pk.primaryKey().columns()));
        }
        if (operation instanceof CreateCheckConstraint check) {
            return violation("adds check constraint " + check.check().name() + " to existing table " + table
                    + ": fails if a row breaks (" + check.check().expression() + ")",
                    "fix the rows that break it first (SELECT ... WHERE NOT (" + check.check().expression() + "))");
        }
        if (operation instanceof CreateForeignKey fk) {
            return violation("adds foreign key " + fk.foreignKey().name() + " to existing table " + table
                    + ": fails if a row references a missing " + fk.foreignKey().referencedTable(),
                    "delete or fix the orphan rows first (a LEFT JOIN on " + fk.foreignKey().referencedTable() + ")");
        }
        return Optional.empty();
    }

    private Optional<RuleViolation> duplicates(String what, String table, String columns) {
        return violation("adds " + what + " to existing table " + table + ": fails if " + table
                + " holds duplicates of (" + columns + ")", "remove the duplicates first (SELECT " + columns
                + ", COUNT(*) FROM " + table + " GROUP BY " + columns + " HAVING COUNT(*) > 1)");
    }

    private Optional<RuleViolation> violation(String problem, String fix) {
        return Optional.of(RuleViolation.of(id(), problem, fix));
    }
}
