package io.strata.migrations.operations;

import java.util.Objects;
import java.util.Optional;

import io.strata.migrations.schema.Schema;
import io.strata.migrations.schema.Table;

/**
 * Creates a table with its columns, keys, constraints and indexes.
 *
 * @param table the complete definition
 */
public record CreateTable(Table table) implements Operation {

    /** Validates the table is present. */
    public CreateTable {
        Objects.requireNonNull(table, "table");
    }

    @Override
    public Optional<Operation> reverse() {
        return Optional.of(new DropTable(table.name(), table));
    }

    @Override
    public Schema applyTo(Schema schema) {
        Tables.requireAbsent(schema, table.name(), "create table " + table.name());
        return schema.with(table);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.createTable(this);
    }
}
