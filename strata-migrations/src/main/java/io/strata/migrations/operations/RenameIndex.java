package io.strata.migrations.operations;

import java.util.Optional;

import io.strata.migrations.schema.Index;
import io.strata.migrations.schema.Schema;
import io.strata.migrations.schema.Table;

/**
 * Renames an index of a table, keeping its columns and uniqueness:
 * {@code ops.renameIndex("book", "ix_book_name", "ix_book_title")}.
 *
 * @param table the table it belongs to (MariaDB and SQLite need it)
 * @param from the index's current name
 * @param to its new name
 */
public record RenameIndex(String table, String from, String to) implements Operation {

    /** Validates the names. */
    public RenameIndex {
        Checks.name(table, "table name");
        Checks.name(from, "index name");
        Checks.name(to, "new index name");
    }

    @Override
    public Optional<Operation> reverse() {
        return Optional.of(new RenameIndex(table, to, from));
    }

    @Override
    public Schema applyTo(Schema schema) {
        String action = "rename index " + from + " of table " + table + " to " + to;
        Table t = Tables.require(schema, table, action);
        if (t.indexes().stream().noneMatch(ix -> ix.name().equalsIgnoreCase(from))) {
            throw new SchemaMismatchException(table, "cannot " + action + ": it has no such index (indexes: "
                    + t.indexes().stream().map(Index::name).toList() + ")");
        }
        if (!from.equalsIgnoreCase(to)) {
            Tables.requireNameFree(t, to, action);
        }
        return schema.with(Tables.table(t.name(), t.columns(), t.primaryKey(), t.foreignKeys(), t.uniqueConstraints(),
                Tables.map(t.indexes(), ix -> ix.name().equalsIgnoreCase(from) ? new Index(to, ix.columns(), ix.unique()) : ix),
                t.checks()));
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.renameIndex(this);
    }
}
