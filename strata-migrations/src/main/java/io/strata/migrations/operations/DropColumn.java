package io.strata.migrations.operations;

import java.util.Optional;

import io.strata.migrations.schema.Column;
import io.strata.migrations.schema.Schema;
import io.strata.migrations.schema.Table;

/**
 * Drops a column, with the indexes and constraints of its table that involve it (as PostgreSQL does;
 * the dialects drop those explicitly where the database would refuse). Its reverse restores the
 * column only, not those indexes and constraints.
 *
 * @param table the table
 * @param column the column
 * @param previous its definition before the drop, or {@code null} when unknown (then it cannot reverse)
 */
public record DropColumn(String table, String column, Column previous) implements Operation {

    /** Validates the names, and that the previous definition is of this column. */
    public DropColumn {
        Checks.name(table, "table name");
        Checks.name(column, "column name");
        if (previous != null && !previous.name().equalsIgnoreCase(column)) {
            throw new IllegalArgumentException("dropColumn(" + table + ", " + column + ") was given the definition of column "
                    + previous.name());
        }
    }

    @Override
    public Optional<Operation> reverse() {
        return Optional.ofNullable(previous).map(c -> new AddColumn(table, c));
    }

    @Override
    public Schema applyTo(Schema schema) {
        String action = "drop column " + column + " of table " + table;
        Table t = Tables.require(schema, table, action);
        Tables.requireColumn(t, column, action);
        if (t.columns().size() == 1) {
            throw new SchemaMismatchException(table, "cannot " + action + ": it is the table's only column. Drop the table instead.");
        }
        return schema.with(ColumnDependents.without(t, column));
    }

    @Override
    public Operation completedFrom(Schema before) {
        if (previous != null) {
            return this;
        }
        return new DropColumn(table, column, before.table(table).flatMap(t -> t.column(column)).orElse(null));
    }

    @Override
    public boolean losesData() {
        return true;
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropColumn(this);
    }
}
