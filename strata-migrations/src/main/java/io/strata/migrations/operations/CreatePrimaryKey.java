package io.strata.migrations.operations;

import java.util.Objects;

import io.strata.migrations.schema.PrimaryKey;
import io.strata.migrations.schema.Schema;
import io.strata.migrations.schema.Table;

/**
 * Adds a primary key to a table that has none.
 *
 * @param table the table
 * @param primaryKey the key
 */
public record CreatePrimaryKey(String table, PrimaryKey primaryKey) implements AddConstraint {

    /** Validates both are present. */
    public CreatePrimaryKey {
        Checks.name(table, "table name");
        Objects.requireNonNull(primaryKey, "primaryKey");
    }

    @Override
    public String constraintName() {
        return primaryKey.name();
    }

    @Override
    public ConstraintKind kind() {
        return ConstraintKind.PRIMARY_KEY;
    }

    @Override
    public Schema applyTo(Schema schema) {
        String action = "create primary key " + primaryKey.name() + " on table " + table;
        Table t = Tables.require(schema, table, action);
        if (t.primaryKey() != null) {
            throw new SchemaMismatchException(table, "cannot " + action + ": it already has primary key "
                    + t.primaryKey().name() + ". Drop that one first.");
        }
        Tables.requireNameFree(t, primaryKey.name(), action);
        return schema.with(t.withPrimaryKey(primaryKey));
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.createPrimaryKey(this);
    }
}
