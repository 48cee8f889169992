package io.strata.migrations.operations;

import java.util.Objects;
import java.util.Optional;

import io.strata.migrations.schema.Index;
import io.strata.migrations.schema.Schema;
import io.strata.migrations.schema.Table;

/**
 * Creates an index on a table.
 *
 * @param table the table
 * @param index the index (name, columns, uniqueness)
 */
public record CreateIndex(String table, Index index) implements Operation {

    /** Validates both are present. */
    public CreateIndex {
        Checks.name(table, "table name");
        Objects.requireNonNull(index, "index");
    }

    @Override
    public Optional<Operation> reverse() {
        return Optional.of(new DropIndex(table, index.name(), index));
    }

    @Override
    public Schema applyTo(Schema schema) {
        String action = "create index " + index.name() + " on table " + table;
        Table t = Tables.require(schema, table, action);
        Tables.requireNameFree(t, index.name(), action);
        index.columns().forEach(c -> Tables.requireColumn(t, c, action));
        return schema.with(t.withIndex(index));
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.createIndex(this);
    }
}
