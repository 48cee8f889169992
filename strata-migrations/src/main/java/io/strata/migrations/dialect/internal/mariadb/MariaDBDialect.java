package io.strata.migrations.dialect.internal.mariadb;

import java.util.ArrayList;
import java.util.List;

import io.strata.migrations.dialect.UnsupportedByDialectException;
import io.strata.migrations.dialect.internal.AbstractDialect;
import io.strata.migrations.dialect.internal.SqlLiterals;
import io.strata.migrations.operations.AddConstraint;
import io.strata.migrations.operations.AlterColumn;
import io.strata.migrations.operations.ConstraintKind;
import io.strata.migrations.operations.DropConstraint;
import io.strata.migrations.operations.DropIndex;
import io.strata.migrations.operations.RenameConstraint;
import io.strata.migrations.operations.RenameIndex;
import io.strata.migrations.operations.SchemaMismatchException;
import io.strata.migrations.schema.Column;
import io.strata.migrations.schema.ColumnType;
import io.strata.migrations.schema.ForeignKey;
import io.strata.migrations.schema.ReferentialAction;
import io.strata.migrations.schema.Schema;
import io.strata.migrations.schema.Table;

/**
 * MariaDB (InnoDB). DDL is not transactional. Columns change through {@code MODIFY}/{@code CHANGE}
 * with their whole definition, taken from the schema before the operation. There is no zone-aware
 * timestamp: {@code timestamp_tz} is {@code datetime(6)} holding UTC. {@code json} is MariaDB's alias
 * of {@code longtext} with a {@code json_valid} check. The primary key is always named {@code PRIMARY}.
 */
final class MariaDBDialect extends AbstractDialect {

    /** The character set of every table Strata creates: all of Unicode, whatever the database's default. */
    static final String CHARACTER_SET = "utf8mb4";
    /**
     * The collation of every table Strata creates: named, so that it does not depend on the server's
     * defaults (which differ between MariaDB and MySQL versions), and the newest Unicode collation both
     * MariaDB (10.0+) and MySQL (5.6+) have. {@code utf8mb4_unicode_ci} (Unicode 4.0) would weigh every
     * character outside the Basic Multilingual Plane alike, so a unique name of one emoji would collide
     * with every other; {@code utf8mb4_general_ci} does too, and sorts less correctly.
     */
    static final String COLLATION = "utf8mb4_unicode_520_ci";

    private static final SqlLiterals LITERALS = new MariaDBLiterals();

    @Override
    public String name() {
        return "mariadb";
    }

    @Override
    public boolean handlesJdbcUrl(String jdbcUrl) {
        return jdbcUrl.startsWith("jdbc:mariadb:") || jdbcUrl.startsWith("jdbc:mysql:");
    }

    @Override
    public int maxIdentifierLength() {
        return 64;
    }

    @Override
    public boolean transactionalDdl() {
        return false;
    }

    @Override
    public String tableExistsQuery() {
        return "SELECT 1 FROM information_schema.tables WHERE table_schema = DATABASE() AND LOWER(table_name) = LOWER(?)";
    }

    @Override
    public boolean forwardForeignKeys() {
        return false;
    }

    @Override
    protected char quoteChar() {
        return '`';
    }

    @Override
    protected SqlLiterals literals() {
        return LITERALS;
    }

    /** Standard SQL where MariaDB spells it so; no zone-aware timestamp ({@code datetime(6)} for both). */
    @Override
    public String typeSql(ColumnType type) {
        return switch (type.kind()) {
            case INTEGER -> "int";
            case TEXT -> "longtext";
            case DECIMAL -> "decimal(" + type.precision() + "," + type.scale() + ")";
            case FLOAT -> "float";
            case DOUBLE -> "double";
            case TIME -> "time(6)";
            case TIMESTAMP, TIMESTAMP_TZ -> "datetime(6)";
            case BLOB -> "longblob";
            default -> super.typeSql(type);
        };
    }

    /** Every table in {@link #CHARACTER_SET} with {@link #COLLATION}, whatever the database's default is. */
    @Override
    protected String createTableStatement(Table table) {
        return super.createTableStatement(table) + " DEFAULT CHARACTER SET " + CHARACTER_SET + " COLLATE " + COLLATION;
    }

    @Override
    protected String identityClause() {
        return "AUTO_INCREMENT";
    }

    @Override
    protected String referentialAction(ReferentialAction action, ForeignKey fk) {
        if (action == ReferentialAction.SET_DEFAULT) {
            throw new UnsupportedByDialectException(name(), "foreign key " + fk.name()
                    + " uses SET DEFAULT, which InnoDB rejects; use SET NULL, CASCADE, RESTRICT or NO ACTION");
        }
        return action.sql();
    }

    /**
     * {@code DROP INDEX ix ON t} (index names are per table), after giving a foreign key that relied on
     * the index one of its own ({@link ForeignKeyIndexes#keepCovered}).
     */
    @Override
    protected List<String> dropIndex(DropIndex op, Schema before) {
        List<String> statements = new ArrayList<>(ForeignKeyIndexes.keepCovered(this, before, op.table(), op.name()));
        statements.add(op.concurrently()
                ? "ALTER TABLE " + quote(op.table()) + " DROP INDEX " + quote(op.name()) + ", ALGORITHM=INPLACE, LOCK=NONE"
                : "DROP INDEX " + quote(op.name()) + " ON " + quote(op.table()));
        return statements;
    }

    /**
     * Asked to build without blocking writes: {@code ALTER TABLE t ADD [UNIQUE] INDEX ix (…),
     * ALGORITHM=INPLACE, LOCK=NONE}, which the server refuses, rather than copying the table, where it
     * cannot.
     */
    @Override
    protected List<String> createIndex(io.strata.migrations.operations.CreateIndex op, Schema before) {
        if (!op.concurrently()) {
            return super.createIndex(op, before);
        }
        return List.of("ALTER TABLE " + quote(op.table()) + " ADD " + (op.index().unique() ? "UNIQUE " : "") + "INDEX "
                + quote(op.index().name()) + " (" + columnList(op.index().columns()) + "), ALGORITHM=INPLACE, LOCK=NONE");
    }

    /**
     * Each kind of constraint has its own {@code DROP} clause. A unique or primary key a foreign key
     * relied on is replaced for it first; a dropped foreign key takes along the index InnoDB made for it.
     */
    @Override
    protected List<String> dropConstraint(DropConstraint op, Schema before) {
        String prefix = "ALTER TABLE " + quote(op.table()) + " DROP ";
        switch (op.kind()) {
            case PRIMARY_KEY:
                return withCoverKept(before, op, prefix + "PRIMARY KEY");
            case FOREIGN_KEY:
                return ForeignKeyIndexes.dropWithItsIndex(this, before, op.table(), op.name());
            case UNIQUE:
                return withCoverKept(before, op, prefix + "INDEX " + quote(op.name()));
            default:
                return List.of(prefix + "CONSTRAINT " + quote(op.name()));
        }
    }

    private List<String> withCoverKept(Schema before, DropConstraint op, String drop) {
        String index = op.kind() == ConstraintKind.PRIMARY_KEY ? ForeignKeyIndexes.PRIMARY : op.name();
        List<String> statements = new ArrayList<>(ForeignKeyIndexes.keepCovered(this, before, op.table(), index));
        statements.add(drop);
        return statements;
    }

    /** {@code ALTER TABLE t RENAME INDEX a TO b} (index names are per table). */
    @Override
    protected List<String> renameIndex(RenameIndex op, Schema before) {
        return List.of("ALTER TABLE " + quote(op.table()) + " RENAME INDEX " + quote(op.from()) + " TO " + quote(op.to()));
    }

    /**
     * A primary key is always named {@code PRIMARY}, so renaming one runs nothing; a unique
     * constraint is an index, renamed as one. MariaDB cannot rename foreign keys and checks: they are
     * dropped and added again under the new name, from their definition in the schema before.
     */
    @Override
    protected List<String> renameConstraint(RenameConstraint op, Schema before) {
        switch (op.kind()) {
            case PRIMARY_KEY:
                return List.of();
            case UNIQUE:
                return List.of("ALTER TABLE " + quote(op.table()) + " RENAME INDEX " + quote(op.from()) + " TO " + quote(op.to()));
            default:
                AddConstraint previous = definition(before, op.table(), op.from(), op);
                AddConstraint renamed = definition(op.applyTo(before), op.table(), op.to(), op);
                List<String> statements = new ArrayList<>(dropConstraint(
                        new DropConstraint(op.table(), op.from(), op.kind(), previous), before));
                statements.addAll(addConstraint(renamed, before));
                return statements;
        }
    }

    private AddConstraint definition(Schema schema, String table, String name, RenameConstraint op) {
        DropConstraint drop = new DropConstraint(table, name, op.kind(), null);
        AddConstraint found = ((DropConstraint) drop.completedFrom(schema)).previous();
        if (found == null) {
            throw new SchemaMismatchException(table, "mariadb: renameConstraint(" + op.table() + ", " + op.from() + ", "
                    + op.to() + ", " + op.kind() + ") drops the constraint and adds it again, but the schema before it has"
                    + " no such constraint. Render it with the schema the previous revisions produce.");
        }
        return found;
    }

    /** {@code RENAME COLUMN} for a rename alone; otherwise {@code MODIFY}/{@code CHANGE} with the full new definition. */
    @Override
    protected List<String> alterColumn(AlterColumn op, Schema before) {
        if (op.type() == null && op.nullable() == null && op.serverDefault() == null) {
            return List.of(renameColumnStatement(op.table(), op.column(), op.newName()));
        }
        Table table = before.table(op.table()).orElse(null);
        Column current = table == null ? null : table.column(op.column()).orElse(null);
        if (current == null) {
            throw new SchemaMismatchException(op.table(), "mariadb: alterColumn(" + op.table() + ", " + op.column()
                    + ") must restate the whole column, but the schema before it has no such column."
                    + " Render it with the schema the previous revisions produce.");
        }
        String definition = columnDefinition(op.alter(current), table);
        String t = "ALTER TABLE " + quote(op.table());
        return List.of(op.renames()
                ? t + " CHANGE COLUMN " + quote(op.column()) + " " + definition
                : t + " MODIFY COLUMN " + definition);
    }
}
