package io.strata.migrations.operations;

import java.util.Objects;

import io.strata.migrations.schema.CheckConstraint;
import io.strata.migrations.schema.Schema;
import io.strata.migrations.schema.Table;

/**
 * Adds a check constraint to a table.
 *
 * @param table the table
 * @param check the constraint
 */
public record CreateCheckConstraint(String table, CheckConstraint check) implements AddConstraint {

    /** Validates both are present. */
    public CreateCheckConstraint {
        Checks.name(table, "table name");
        Objects.requireNonNull(check, "check");
    }

    @Override
    public String constraintName() {
        return check.name();
    }

    @Override
    public ConstraintKind kind() {
        return ConstraintKind.CHECK;
    }

    @Override
    public Schema applyTo(Schema schema) {
        String action = "create check constraint " + check.name() + " on table " + table;
        Table t = Tables.require(schema, table, action);
        Tables.requireNameFree(t, check.name(), action);
        return schema.with(t.withCheck(check));
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.createCheckConstraint(this);
    }
}
