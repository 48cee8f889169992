package io.strata.migrations.operations;

import java.util.List;
import java.util.Optional;

import io.strata.migrations.schema.CheckConstraint;
import io.strata.migrations.schema.Column;
import io.strata.migrations.schema.ColumnType;
import io.strata.migrations.schema.ForeignKey;
import io.strata.migrations.schema.Index;
import io.strata.migrations.schema.PrimaryKey;
import io.strata.migrations.schema.Schema;
import io.strata.migrations.schema.Table;
import io.strata.migrations.schema.UniqueConstraint;

/**
 * Changes one column: any of its type, nullability, server default and name. A {@code null}
 * component means "unchanged".
 *
 * @param table the table
 * @param column the column's current name
 * @param newName the new name, or {@code null}
 * @param type the new type, or {@code null}
 * @param nullable the new nullability, or {@code null}
 * @param serverDefault the new server default (possibly none), or {@code null}
 * @param existing the column before the change, or {@code null} when unknown (then it cannot reverse)
 */
public record AlterColumn(String table, String column, String newName, ColumnType type, Boolean nullable,
        DefaultChange serverDefault, Column existing) implements Operation {

    /** Validates that something changes and that {@code existing} is this column. */
    public AlterColumn {
        Checks.name(table, "table name");
        Checks.name(column, "column name");
        if (newName != null) {
            Checks.name(newName, "new column name");
        }
        if (newName == null && type == null && nullable == null && serverDefault == null) {
            throw new IllegalArgumentException("alterColumn(" + table + ", " + column
                    + ") changes nothing: give a new type, nullability, server default or name");
        }
        if (existing != null && !existing.name().equalsIgnoreCase(column)) {
            throw new IllegalArgumentException("alterColumn(" + table + ", " + column + ") was given the definition of column "
                    + existing.name());
        }
    }

    /** The column's name after the change. */
    public String finalName() {
        return newName != null ? newName : column;
    }

    /** Whether the column is renamed. */
    public boolean renames() {
        return newName != null && !newName.equals(column);
    }

    /** The given column with this change applied. */
    public Column alter(Column c) {
        Column result = c;
        if (type != null) {
            result = result.withType(type);
        }
        if (nullable != null) {
            result = result.withNullable(nullable);
        }
        if (serverDefault != null) {
            result = result.withDefault(serverDefault.value());
        }
        return newName != null ? result.withName(newName) : result;
    }

    @Override
    public Optional<Operation> reverse() {
        if (existing == null) {
            return Optional.empty();
        }
        return Optional.of(new AlterColumn(table, finalName(), renames() ? column : null,
                type != null ? existing.type() : null,
                nullable != null ? existing.nullable() : null,
                serverDefault != null ? new DefaultChange(existing.serverDefault()) : null,
                alter(existing)));
    }

    @Override
    public Schema applyTo(Schema schema) {
        String action = "alter column " + column + " of table " + table;
        Table t = Tables.require(schema, table, action);
        Column current = Tables.requireColumn(t, column, action);
        if (renames() && !newName.equalsIgnoreCase(column) && t.column(newName).isPresent()) {
            throw new SchemaMismatchException(table, "cannot rename column " + column + " of table " + table + " to "
                    + newName + ": that column already exists");
        }
        List<Column> columns = Tables.map(t.columns(), c -> c == current ? alter(c) : c);
        if (!renames()) {
            return schema.with(t.withColumns(columns));
        }
        return Tables.rewriteReferences(schema.with(renameInConstraints(t, columns)), table,
                fk -> new ForeignKey(fk.name(), fk.columns(), fk.referencedTable(),
                        Tables.rename(fk.referencedColumns(), column, newName), fk.onDelete(), fk.onUpdate()));
    }

    /** The table with the new columns and the column renamed in its keys, constraints and indexes (all at once, so it validates). */
    private Table renameInConstraints(Table t, List<Column> columns) {
        PrimaryKey pk = t.primaryKey() == null ? null
                : new PrimaryKey(t.primaryKey().name(), Tables.rename(t.primaryKey().columns(), column, newName));
        return Tables.table(t.name(), columns, pk,
                Tables.map(t.foreignKeys(), fk -> new ForeignKey(fk.name(), Tables.rename(fk.columns(), column, newName),
                        fk.referencedTable(), fk.referencedColumns(), fk.onDelete(), fk.onUpdate())),
                Tables.map(t.uniqueConstraints(), uq -> new UniqueConstraint(uq.name(), Tables.rename(uq.columns(), column, newName))),
                Tables.map(t.indexes(), ix -> new Index(ix.name(), Tables.rename(ix.columns(), column, newName), ix.unique())),
                Tables.map(t.checks(), ck -> new CheckConstraint(ck.name(),
                        Tables.renameInExpression(ck.expression(), column, newName))));
    }

    @Override
    public Operation completedFrom(Schema before) {
        if (existing != null) {
            return this;
        }
        Column found = before.table(table).flatMap(t -> t.column(column)).orElse(null);
        return new AlterColumn(table, column, newName, type, nullable, serverDefault, found);
    }

    @Override
    public boolean losesData() {
        return type != null;
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.alterColumn(this);
    }
}
