package io.strata.migrations.operations;

import java.util.Objects;

import io.strata.migrations.schema.Schema;
import io.strata.migrations.schema.Table;
import io.strata.migrations.schema.UniqueConstraint;

/**
 * Adds a unique constraint to a table.
 *
 * @param table the table
 * @param unique the constraint
 */
public record CreateUniqueConstraint(String table, UniqueConstraint unique) implements AddConstraint {

    /** Validates both are present. */
    public CreateUniqueConstraint {
        Checks.name(table, "table name");
        Objects.requireNonNull(unique, "unique");
    }

    @Override
    public String constraintName() {
        return unique.name();
    }

    @Override
    public ConstraintKind kind() {
        return ConstraintKind.UNIQUE;
    }

    @Override
    public Schema applyTo(Schema schema) {
        String action = "create unique constraint " + unique.name() + " on table " + table;
        Table t = Tables.require(schema, table, action);
        Tables.requireNameFree(t, unique.name(), action);
        return schema.with(t.withUnique(unique));
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.createUniqueConstraint(this);
    }
}
