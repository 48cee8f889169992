package io.strata.migrations.operations;

import java.util.Objects;
import java.util.Optional;

import io.strata.migrations.schema.Schema;
import io.strata.migrations.schema.Table;

/**
 * Drops a named constraint of a table.
 *
 * @param table the table
 * @param name the constraint's name
 * @param kind what kind of constraint it is (dialects such as MariaDB drop each kind differently)
 * @param previous the operation that would re-create it, or {@code null} when unknown (then it cannot reverse)
 */
public record DropConstraint(String table, String name, ConstraintKind kind, AddConstraint previous) implements Operation {

    /** Validates the names and that {@code previous} re-creates this very constraint. */
    public DropConstraint {
        Checks.name(table, "table name");
        Checks.name(name, "constraint name");
        Objects.requireNonNull(kind, "kind");
        if (previous != null && (!previous.constraintName().equalsIgnoreCase(name) || previous.kind() != kind
                || !previous.table().equalsIgnoreCase(table))) {
            throw new IllegalArgumentException("dropConstraint(" + name + ", " + table + ", " + kind
                    + ") was given the definition of " + previous.kind() + " " + previous.constraintName()
                    + " of table " + previous.table());
        }
    }

    @Override
    public Optional<Operation> reverse() {
        return Optional.ofNullable(previous);
    }

    @Override
    public Schema applyTo(Schema schema) {
        Table t = Tables.require(schema, table, "drop constraint " + name + " of table " + table);
        if (Constraints.find(t, name, kind).isEmpty()) {
            throw new SchemaMismatchException(table, "cannot drop " + kind + " constraint " + name + " of table " + table
                    + ": it has no such constraint. Check the name and kind.");
        }
        return schema.with(Constraints.without(t, name, kind));
    }

    @Override
    public Operation completedFrom(Schema before) {
        if (previous != null) {
            return this;
        }
        return new DropConstraint(table, name, kind,
                before.table(table).flatMap(t -> Constraints.find(t, name, kind)).orElse(null));
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropConstraint(this);
    }
}
