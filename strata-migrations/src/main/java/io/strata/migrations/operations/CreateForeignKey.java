package io.strata.migrations.operations;

import java.util.Objects;

import io.strata.migrations.schema.ForeignKey;
import io.strata.migrations.schema.Schema;
import io.strata.migrations.schema.Table;

/**
 * Adds a foreign key to a table.
 *
 * @param table the referencing table
 * @param foreignKey the key
 */
public record CreateForeignKey(String table, ForeignKey foreignKey) implements AddConstraint {

    /** Validates both are present. */
    public CreateForeignKey {
        Checks.name(table, "table name");
        Objects.requireNonNull(foreignKey, "foreignKey");
    }

    @Override
    public String constraintName() {
        return foreignKey.name();
    }

    @Override
    public ConstraintKind kind() {
        return ConstraintKind.FOREIGN_KEY;
    }

    @Override
    public Schema applyTo(Schema schema) {
        String action = "create foreign key " + foreignKey.name() + " on table " + table;
        Table t = Tables.require(schema, table, action);
        Tables.requireNameFree(t, foreignKey.name(), action);
        return schema.with(t.withForeignKey(foreignKey));
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.createForeignKey(this);
    }
}
