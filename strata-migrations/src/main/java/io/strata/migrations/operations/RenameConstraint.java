package io.strata.migrations.operations;

import java.util.Objects;
import java.util.Optional;

import io.strata.migrations.schema.Schema;
import io.strata.migrations.schema.Table;

/**
 * Renames a constraint of a table, keeping its definition. Unlike a drop and a create it never
 * leaves the table without the constraint, so it also renames the primary key of an auto-increment
 * column, which SQLite and MariaDB cannot drop. Indexes are renamed by {@link RenameIndex}.
 *
 * <pre>{@code
 * ops.renameConstraint("press", "pk_publisher", "pk_press", ConstraintKind.PRIMARY_KEY);
 * }</pre>
 *
 * @param table the table
 * @param from the constraint's current name
 * @param to its new name
 * @param kind what kind of constraint it is (each database renames each kind its own way)
 */
public record RenameConstraint(String table, String from, String to, ConstraintKind kind) implements Operation {

    /** Validates the names and that the kind is given. */
    public RenameConstraint {
        Checks.name(table, "table name");
        Checks.name(from, "constraint name");
        Checks.name(to, "new constraint name");
        Objects.requireNonNull(kind, "kind");
    }

    @Override
    public Optional<Operation> reverse() {
        return Optional.of(new RenameConstraint(table, to, from, kind));
    }

    @Override
    public Schema applyTo(Schema schema) {
        String action = "rename " + kind + " constraint " + from + " of table " + table + " to " + to;
        Table t = Tables.require(schema, table, action);
        if (Constraints.find(t, from, kind).isEmpty()) {
            throw new SchemaMismatchException(table, "cannot " + action + ": it has no such constraint ("
                    + kind + " constraints: " + Constraints.names(t, kind) + "). Check the name and kind.");
        }
        if (!from.equalsIgnoreCase(to)) {
            Tables.requireNameFree(t, to, action);
        }
        return schema.with(Constraints.renamed(t, from, to, kind));
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.renameConstraint(this);
    }
}
