package io.strata.migrations.dialect.internal.sqlite;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import io.strata.migrations.dialect.UnsupportedByDialectException;
import io.strata.migrations.dialect.internal.AbstractDialect;
import io.strata.migrations.dialect.internal.SqlLiterals;
import io.strata.migrations.operations.AddColumn;
import io.strata.migrations.operations.AddConstraint;
import io.strata.migrations.operations.AlterColumn;
import io.strata.migrations.operations.DropColumn;
import io.strata.migrations.operations.DropConstraint;
import io.strata.migrations.operations.DropTable;
import io.strata.migrations.operations.Operation;
import io.strata.migrations.operations.RenameConstraint;
import io.strata.migrations.operations.RenameIndex;
import io.strata.migrations.schema.Column;
import io.strata.migrations.schema.ColumnType;
import io.strata.migrations.schema.Index;
import io.strata.migrations.schema.Schema;
import io.strata.migrations.schema.Table;

/**
 * SQLite. Declared types keep the neutral spelling ({@code VARCHAR(100)}, {@code DECIMAL(10,2)},
 * {@code TIMESTAMP}) so that they read back as the same neutral type; SQLite derives its storage
 * affinity from them. What {@code ALTER TABLE} cannot do is done by a {@link TableRebuild}. DDL is
 * transactional; run each operation's statements in a transaction (rebuilds and drops of
 * referenced tables defer foreign key checks to its commit).
 */
final class SQLiteDialect extends AbstractDialect {

    private static final SqlLiterals LITERALS = new SqlLiterals() {
        @Override
        protected String bool(boolean value) {
            return value ? "1" : "0";
        }
    };

    private final TableRebuild rebuild = new TableRebuild(this);

    @Override
    public String name() {
        return "sqlite";
    }

    @Override
    public boolean handlesJdbcUrl(String jdbcUrl) {
        return jdbcUrl.startsWith("jdbc:sqlite:");
    }

    /** SQLite has no limit; 128 keeps names portable and matches H2's old limit. */
    @Override
    public int maxIdentifierLength() {
        return 128;
    }

    @Override
    public boolean transactionalDdl() {
        return true;
    }

    @Override
    public String tableExistsQuery() {
        return "SELECT 1 FROM sqlite_master WHERE type = 'table' AND LOWER(name) = LOWER(?)";
    }

    @Override
    public boolean forwardForeignKeys() {
        return true;
    }

    @Override
    protected SqlLiterals literals() {
        return LITERALS;
    }

    @Override
    public String typeSql(ColumnType type) {
        switch (type.kind()) {
            case VARCHAR: return "VARCHAR(" + type.length() + ")";
            case DECIMAL: return "DECIMAL(" + type.precision() + "," + type.scale() + ")";
            case TIMESTAMP_TZ: return "TIMESTAMP WITH TIME ZONE";
            case BINARY: return "VARBINARY(" + type.length() + ")";
            default: return type.kind().name();
        }
    }

    /** An auto-increment column is the table's rowid: {@code id INTEGER NOT NULL CONSTRAINT pk PRIMARY KEY AUTOINCREMENT}. */
    @Override
    protected String columnDefinition(Column column, Table table) {
        if (!column.autoIncrement()) {
            return super.columnDefinition(column, table);
        }
        requireRowidKey(column, table);
        return quote(column.name()) + " INTEGER NOT NULL CONSTRAINT " + quote(table.primaryKey().name())
                + " PRIMARY KEY AUTOINCREMENT";
    }

    private void requireRowidKey(Column column, Table table) {
        if (table == null || table.primaryKey() == null || table.primaryKey().columns().size() != 1
                || !table.primaryKey().columns().get(0).equalsIgnoreCase(column.name())) {
            throw new UnsupportedByDialectException(name(), "column " + column.name() + " of table "
                    + (table == null ? "?" : table.name()) + " is auto-increment, but SQLite generates values only"
                    + " for a table's single-column INTEGER primary key. Make it the primary key or drop autoIncrement.");
        }
    }

    @Override
    protected List<String> tableConstraints(Table table) {
        List<String> parts = super.tableConstraints(table);
        if (table.columns().stream().anyMatch(Column::autoIncrement)) {
            parts.remove(0); // the primary key is inline in the auto-increment column
        }
        return parts;
    }

    /** Defers foreign key checks when other tables reference the dropped one, so dropping in any order works. */
    @Override
    protected List<String> dropTable(DropTable op, Schema before) {
        List<String> statements = new ArrayList<>();
        if (TableRebuild.isReferenced(before, op.name())) {
            statements.add(TableRebuild.DEFER_FOREIGN_KEYS);
        }
        statements.addAll(super.dropTable(op, before));
        return statements;
    }

    @Override
    protected List<String> addColumn(AddColumn op, Schema before) {
        return rebuilds(op, before) ? rebuild(op, before) : super.addColumn(op, before);
    }

    @Override
    protected List<String> dropColumn(DropColumn op, Schema before) {
        rebuild.require(before, op.table(), "drop column " + op.column());
        return rebuilds(op, before) ? rebuild(op, before)
                : List.of("ALTER TABLE " + quote(op.table()) + " DROP COLUMN " + quote(op.column()));
    }

    @Override
    protected List<String> alterColumn(AlterColumn op, Schema before) {
        return rebuilds(op, before) ? rebuild(op, before) : List.of(renameColumnStatement(op.table(), op.column(), op.newName()));
    }

    @Override
    protected List<String> addConstraint(AddConstraint op, Schema before) {
        return rebuild(op, before);
    }

    @Override
    protected List<String> dropConstraint(DropConstraint op, Schema before) {
        return rebuild(op, before);
    }

    /** SQLite keeps constraint names only in the table's DDL: the table is rebuilt under the new name. */
    @Override
    protected List<String> renameConstraint(RenameConstraint op, Schema before) {
        return rebuild(op, before);
    }

    /**
     * Whether SQLite's {@code ALTER TABLE} cannot do the (completed) operation, so the table is rebuilt:
     * adding a column that is NOT NULL without a constant default or has an expression default,
     * dropping a column something else of the table uses, changing a column's type, nullability or
     * default, and any constraint change. False for other operations and tables {@code before} lacks.
     */
    boolean rebuilds(Operation op, Schema before) {
        if (op instanceof AddColumn o) {
            Column c = o.column();
            boolean constantDefault = c.serverDefault() != null && !c.serverDefault().sql().startsWith("(")
                    && !c.serverDefault().sql().toUpperCase(Locale.ROOT).startsWith("CURRENT_")
                    && !c.serverDefault().sql().equalsIgnoreCase("NULL");
            boolean defaultOk = c.serverDefault() == null || constantDefault;
            return c.autoIncrement() || !defaultOk || !(c.nullable() || constantDefault);
        }
        if (op instanceof DropColumn o) {
            Table table = before.table(o.table()).orElse(null);
            if (table == null) {
                return false;
            }
            Table after = o.applyTo(before).table(o.table()).orElseThrow();
            return !(table.indexes().equals(after.indexes()) && table.checks().equals(after.checks())
                    && table.foreignKeys().equals(after.foreignKeys())
                    && table.uniqueConstraints().equals(after.uniqueConstraints())
                    && Objects.equals(table.primaryKey(), after.primaryKey()));
        }
        if (op instanceof AlterColumn o) {
            return o.type() != null || o.nullable() != null || o.serverDefault() != null;
        }
        return op instanceof AddConstraint || op instanceof DropConstraint || op instanceof RenameConstraint;
    }

    /** SQLite cannot rename an index: it is dropped and created again under the new name. */
    @Override
    protected List<String> renameIndex(RenameIndex op, Schema before) {
        rebuild.require(before, op.table(), "rename index " + op.from());
        Table after = op.applyTo(before).table(op.table()).orElseThrow();
        Index renamed = after.indexes().stream().filter(ix -> ix.name().equalsIgnoreCase(op.to())).findFirst().orElseThrow();
        return List.of("DROP INDEX " + quote(op.from()), createIndexStatement(after.name(), renamed));
    }

    private List<String> rebuild(Operation op, Schema before) {
        return rebuild.statements(before, List.of(op), TriggersAndViews.NONE);
    }

    /** The rebuild, for the runner's steps. */
    TableRebuild tableRebuild() {
        return rebuild;
    }

    /** The {@code CREATE TABLE} statement, for the rebuild. */
    String createStatement(Table table) {
        return createTableStatement(table);
    }

    /** The {@code CREATE INDEX} statements of a table, for the rebuild. */
    List<String> indexStatements(Table table) {
        return table.indexes().stream().map(ix -> createIndexStatement(table.name(), ix)).toList();
    }
}
