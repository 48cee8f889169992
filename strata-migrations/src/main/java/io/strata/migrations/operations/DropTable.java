package io.strata.migrations.operations;

import java.util.Optional;

import io.strata.migrations.schema.Schema;
import io.strata.migrations.schema.Table;

/**
 * Drops a table.
 *
 * @param name the table
 * @param previous its definition before the drop, or {@code null} when unknown (then it cannot reverse)
 */
public record DropTable(String name, Table previous) implements Operation {

    /** Validates the name, and that the previous definition is of this table. */
    public DropTable {
        Checks.name(name, "table name");
        if (previous != null && !previous.name().equalsIgnoreCase(name)) {
            throw new IllegalArgumentException("dropTable(" + name + ") was given the definition of table " + previous.name());
        }
    }

    /** Drops a table known only by name (not reversible). */
    public static DropTable named(String name) {
        return new DropTable(name, null);
    }

    @Override
    public Optional<Operation> reverse() {
        return Optional.ofNullable(previous).map(CreateTable::new);
    }

    @Override
    public Schema applyTo(Schema schema) {
        Tables.require(schema, name, "drop table " + name);
        return schema.without(name);
    }

    @Override
    public Operation completedFrom(Schema before) {
        return previous != null ? this : new DropTable(name, before.table(name).orElse(null));
    }

    @Override
    public boolean losesData() {
        return true;
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropTable(this);
    }
}
