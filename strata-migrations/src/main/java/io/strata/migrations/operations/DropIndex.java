package io.strata.migrations.operations;

import java.util.Optional;

import io.strata.migrations.schema.Index;
import io.strata.migrations.schema.Schema;
import io.strata.migrations.schema.Table;

/**
 * Drops an index.
 *
 * @param table the table it belongs to (MariaDB needs it)
 * @param name the index name
 * @param previous its definition, or {@code null} when unknown (then it cannot reverse)
 * @param concurrently whether to drop it without blocking the table, outside the revision's transaction
 *        (PostgreSQL {@code DROP INDEX CONCURRENTLY}; elsewhere the ordinary drop)
 */
public record DropIndex(String table, String name, Index previous, boolean concurrently) implements Operation {

    /** Validates the names, and that the previous definition is of this index. */
    public DropIndex {
        Checks.name(table, "table name");
        Checks.name(name, "index name");
        if (previous != null && !previous.name().equalsIgnoreCase(name)) {
            throw new IllegalArgumentException("dropIndex(" + name + ") was given the definition of index " + previous.name());
        }
    }

    /** An ordinary drop, inside the revision's transaction. */
    public DropIndex(String table, String name, Index previous) {
        this(table, name, previous, false);
    }

    @Override
    public Optional<Operation> reverse() {
        return Optional.ofNullable(previous).map(ix -> new CreateIndex(table, ix, concurrently));
    }

    @Override
    public Schema applyTo(Schema schema) {
        String action = "drop index " + name + " of table " + table;
        Table t = Tables.require(schema, table, action);
        if (t.indexes().stream().noneMatch(ix -> ix.name().equalsIgnoreCase(name))) {
            throw new SchemaMismatchException(table, "cannot " + action + ": it has no such index (indexes: "
                    + t.indexes().stream().map(Index::name).toList() + ")");
        }
        return schema.with(Tables.table(t.name(), t.columns(), t.primaryKey(), t.foreignKeys(), t.uniqueConstraints(),
                Tables.filter(t.indexes(), ix -> !ix.name().equalsIgnoreCase(name)), t.checks()));
    }

    @Override
    public Operation completedFrom(Schema before) {
        if (previous != null) {
            return this;
        }
        return new DropIndex(table, name, before.table(table).flatMap(t -> t.indexes().stream()
                .filter(ix -> ix.name().equalsIgnoreCase(name)).findFirst()).orElse(null), concurrently);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropIndex(this);
    }
}
