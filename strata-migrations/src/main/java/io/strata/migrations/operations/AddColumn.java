package io.strata.migrations.operations;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.strata.migrations.schema.Column;
import io.strata.migrations.schema.Schema;
import io.strata.migrations.schema.Table;

/**
 * Adds a column at the end of a table.
 *
 * @param table the table
 * @param column the new column
 */
public record AddColumn(String table, Column column) implements Operation {

    /** Validates both are present. */
    public AddColumn {
        Checks.name(table, "table name");
        Objects.requireNonNull(column, "column");
    }

    @Override
    public Optional<Operation> reverse() {
        return Optional.of(new DropColumn(table, column.name(), column));
    }

    @Override
    public Schema applyTo(Schema schema) {
        Table t = Tables.require(schema, table, "add column " + column.name() + " to table " + table);
        if (t.column(column.name()).isPresent()) {
            throw new SchemaMismatchException(table, "cannot add column " + column.name() + " to table " + table
                    + ": it already exists. Use alterColumn to change it.");
        }
        List<Column> columns = new ArrayList<>(t.columns());
        columns.add(column);
        return schema.with(t.withColumns(columns));
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.addColumn(this);
    }
}
