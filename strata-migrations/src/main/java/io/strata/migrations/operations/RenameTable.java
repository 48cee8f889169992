package io.strata.migrations.operations;

import java.util.Optional;

import io.strata.migrations.schema.ForeignKey;
import io.strata.migrations.schema.Schema;
import io.strata.migrations.schema.Table;

/**
 * Renames a table; constraints and indexes keep their names, foreign keys that reference it follow.
 *
 * @param from the current name
 * @param to the new name
 */
public record RenameTable(String from, String to) implements Operation {

    /** Validates both names. */
    public RenameTable {
        Checks.name(from, "table name");
        Checks.name(to, "new table name");
    }

    @Override
    public Optional<Operation> reverse() {
        return Optional.of(new RenameTable(to, from));
    }

    @Override
    public Schema applyTo(Schema schema) {
        Table table = Tables.require(schema, from, "rename table " + from + " to " + to);
        if (!from.equalsIgnoreCase(to)) {
            Tables.requireAbsent(schema, to, "rename table " + from + " to " + to);
        }
        Schema renamed = schema.without(from).with(table.withName(to));
        return Tables.rewriteReferences(renamed, from, fk -> new ForeignKey(fk.name(), fk.columns(), to,
                fk.referencedColumns(), fk.onDelete(), fk.onUpdate()));
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.renameTable(this);
    }
}
