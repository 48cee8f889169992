package io.strata.migrations.dialect.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.strata.migrations.dialect.Dialect;
import io.strata.migrations.dialect.UnsupportedByDialectException;
import io.strata.migrations.operations.Backfill;
import io.strata.migrations.operations.AddColumn;
import io.strata.migrations.operations.AddConstraint;
import io.strata.migrations.operations.AlterColumn;
import io.strata.migrations.operations.BulkInsert;
import io.strata.migrations.operations.ConstraintKind;
import io.strata.migrations.operations.CreateCheckConstraint;
import io.strata.migrations.operations.CreateForeignKey;
import io.strata.migrations.operations.CreateIndex;
import io.strata.migrations.operations.CreatePrimaryKey;
import io.strata.migrations.operations.CreateUniqueConstraint;
import io.strata.migrations.operations.DropColumn;
import io.strata.migrations.operations.DropConstraint;
import io.strata.migrations.operations.DropIndex;
import io.strata.migrations.operations.DropTable;
import io.strata.migrations.operations.Execute;
import io.strata.migrations.operations.Operation;
import io.strata.migrations.operations.RenameConstraint;
import io.strata.migrations.operations.RenameIndex;
import io.strata.migrations.operations.RenameTable;
import io.strata.migrations.operations.RunCallback;
import io.strata.migrations.schema.CheckConstraint;
import io.strata.migrations.schema.Column;
import io.strata.migrations.schema.ColumnType;
import io.strata.migrations.schema.ForeignKey;
import io.strata.migrations.schema.Index;
import io.strata.migrations.schema.PrimaryKey;
import io.strata.migrations.schema.ReferentialAction;
import io.strata.migrations.schema.Schema;
import io.strata.migrations.schema.Table;
import io.strata.migrations.schema.UniqueConstraint;

/**
 * Standard SQL for every operation; each dialect overrides only what its database spells
 * differently. Statements are returned without a trailing semicolon.
 */
public abstract class AbstractDialect implements Dialect {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final ReservedWords reservedWords = ReservedWords.of(getClass());

    @Override
    public boolean isReservedWord(String word) {
        return reservedWords.contains(word);
    }

    @Override
    public String quote(String identifier) {
        Objects.requireNonNull(identifier, "identifier");
        if (PLAIN.matcher(identifier).matches() && !isReservedWord(identifier)) {
            return identifier;
        }
        String q = String.valueOf(quoteChar());
        return q + identifier.replace(q, q + q) + q;
    }

    /**
     * The standard SQL spelling of a neutral type ({@code varchar(n)}, {@code numeric(p,s)},
     * {@code timestamp with time zone}, …); a dialect overrides it for the kinds its database spells
     * differently.
     */
    @Override
    public String typeSql(ColumnType type) {
        return switch (type.kind()) {
            case SMALLINT -> "smallint";
            case INTEGER -> "integer";
            case BIGINT -> "bigint";
            case BOOLEAN -> "boolean";
            case VARCHAR -> "varchar(" + type.length() + ")";
            case TEXT -> "text";
            case DECIMAL -> "numeric(" + type.precision() + "," + type.scale() + ")";
            case FLOAT -> "real";
            case DOUBLE -> "double precision";
            case DATE -> "date";
            case TIME -> "time";
            case TIMESTAMP -> "timestamp";
            case TIMESTAMP_TZ -> "timestamp with time zone";
            case UUID -> "uuid";
            case BINARY -> "varbinary(" + type.length() + ")";
            case BLOB -> "blob";
            case JSON -> "json";
        };
    }

    /** The character that quotes identifiers. */
    protected char quoteChar() {
        return '"';
    }

    /** How this dialect writes Java values as literals. */
    protected SqlLiterals literals() {
        return STANDARD_LITERALS;
    }

    private static final SqlLiterals STANDARD_LITERALS = new SqlLiterals();

    @Override
    public final List<String> render(Operation op, Schema before) {
        Objects.requireNonNull(op, "op");
        return List.copyOf(op.accept(new RenderVisitor(this, before == null ? Schema.empty() : before)));
    }

    /** The quoted, comma-separated column list, e.g. {@code a, b}. */
    protected String columnList(List<String> columns) {
        return columns.stream().map(this::quote).collect(Collectors.joining(", "));
    }

    // ---- tables -------------------------------------------------------------------------------

    /** {@code CREATE TABLE} with keys and constraints inline, then one statement per index. */
    protected List<String> createTable(Table table, Schema before) {
        List<String> statements = new ArrayList<>();
        statements.add(createTableStatement(table));
        for (Index index : table.indexes()) {
            statements.add(createIndexStatement(table.name(), index));
        }
        return statements;
    }

    /** The {@code CREATE TABLE} statement alone. */
    protected String createTableStatement(Table table) {
        List<String> parts = new ArrayList<>();
        for (Column column : table.columns()) {
            parts.add(columnDefinition(column, table));
        }
        parts.addAll(tableConstraints(table));
        return "CREATE TABLE " + quote(table.name()) + " (\n    " + String.join(",\n    ", parts) + "\n)";
    }

    /** The inline table constraints: primary key, unique constraints, checks, foreign keys. */
    protected List<String> tableConstraints(Table table) {
        List<String> parts = new ArrayList<>();
        if (table.primaryKey() != null) {
            parts.add(primaryKeyClause(table.primaryKey()));
        }
        table.uniqueConstraints().forEach(u -> parts.add(uniqueClause(u)));
        table.checks().forEach(c -> parts.add(checkClause(c)));
        table.foreignKeys().forEach(f -> parts.add(foreignKeyClause(f)));
        return parts;
    }

    /** A column's definition: name, type, default, identity, nullability. Primary key columns are always NOT NULL. */
    protected String columnDefinition(Column column, Table table) {
        StringBuilder sql = new StringBuilder(quote(column.name())).append(' ').append(typeSql(column.type()));
        if (column.serverDefault() != null) {
            sql.append(" DEFAULT ").append(column.serverDefault().sql());
        }
        if (column.autoIncrement()) {
            sql.append(' ').append(identityClause());
        }
        if (!column.nullable() || isPrimaryKeyColumn(table, column)) {
            sql.append(" NOT NULL");
        }
        return sql.toString();
    }

    /** Whether the column belongs to the table's primary key. */
    protected static boolean isPrimaryKeyColumn(Table table, Column column) {
        return table != null && table.primaryKey() != null
                && table.primaryKey().columns().stream().anyMatch(c -> c.equalsIgnoreCase(column.name()));
    }

    /** The clause that makes a column generate its values. */
    protected String identityClause() {
        return "GENERATED BY DEFAULT AS IDENTITY";
    }

    /** {@code CONSTRAINT pk_x PRIMARY KEY (id)}. */
    protected String primaryKeyClause(PrimaryKey pk) {
        return "CONSTRAINT " + quote(pk.name()) + " PRIMARY KEY (" + columnList(pk.columns()) + ")";
    }

    /** {@code CONSTRAINT uq_x UNIQUE (a, b)}. */
    protected String uniqueClause(UniqueConstraint unique) {
        return "CONSTRAINT " + quote(unique.name()) + " UNIQUE (" + columnList(unique.columns()) + ")";
    }

    /** {@code CONSTRAINT ck_x CHECK (expression)}. */
    protected String checkClause(CheckConstraint check) {
        return "CONSTRAINT " + quote(check.name()) + " CHECK (" + check.expression() + ")";
    }

    /** {@code CONSTRAINT fk_x FOREIGN KEY (a) REFERENCES t (id) [ON DELETE …] [ON UPDATE …]}. */
    protected String foreignKeyClause(ForeignKey fk) {
        StringBuilder sql = new StringBuilder("CONSTRAINT ").append(quote(fk.name())).append(" FOREIGN KEY (")
                .append(columnList(fk.columns())).append(") REFERENCES ").append(quote(fk.referencedTable()))
                .append(" (").append(columnList(fk.referencedColumns())).append(')');
        if (fk.onDelete() != ReferentialAction.NO_ACTION) {
            sql.append(" ON DELETE ").append(referentialAction(fk.onDelete(), fk));
        }
        if (fk.onUpdate() != ReferentialAction.NO_ACTION) {
            sql.append(" ON UPDATE ").append(referentialAction(fk.onUpdate(), fk));
        }
        return sql.toString();
    }

    /** The SQL of a referential action (dialects reject the ones their database lacks). */
    protected String referentialAction(ReferentialAction action, ForeignKey fk) {
        return action.sql();
    }

    /** {@code DROP TABLE t}. */
    protected List<String> dropTable(DropTable op, Schema before) {
        return List.of("DROP TABLE " + quote(op.name()));
    }

    /** {@code ALTER TABLE a RENAME TO b}. */
    protected List<String> renameTable(RenameTable op, Schema before) {
        return List.of("ALTER TABLE " + quote(op.from()) + " RENAME TO " + quote(op.to()));
    }

    // ---- columns ------------------------------------------------------------------------------

    /** {@code ALTER TABLE t ADD COLUMN definition}. */
    protected List<String> addColumn(AddColumn op, Schema before) {
        Table table = before.table(op.table()).orElse(null);
        return List.of("ALTER TABLE " + quote(op.table()) + " ADD COLUMN " + columnDefinition(op.column(), table));
    }

    /**
     * Drops the indexes and constraints that involve the column (known from {@code before}), then
     * {@code ALTER TABLE t DROP COLUMN c}.
     */
    protected List<String> dropColumn(DropColumn op, Schema before) {
        List<String> statements = new ArrayList<>();
        before.table(op.table()).ifPresent(t -> {
            Table after = op.applyTo(before).table(op.table()).orElseThrow();
            statements.addAll(dropDependents(t, after));
        });
        statements.add("ALTER TABLE " + quote(op.table()) + " DROP COLUMN " + quote(op.column()));
        return statements;
    }

    /** The statements dropping what {@code before} has and {@code after} lost (indexes first). */
    protected List<String> dropDependents(Table before, Table after) {
        List<String> statements = new ArrayList<>();
        String t = before.name();
        for (Index ix : before.indexes()) {
            if (!after.indexes().contains(ix)) {
                statements.addAll(dropIndex(new DropIndex(t, ix.name(), ix), Schema.of(List.of(before))));
            }
        }
        for (ForeignKey fk : before.foreignKeys()) {
            if (!after.foreignKeys().contains(fk)) {
                statements.addAll(dropConstraint(new DropConstraint(t, fk.name(), ConstraintKind.FOREIGN_KEY,
                        new CreateForeignKey(t, fk)), Schema.of(List.of(before))));
            }
        }
        for (UniqueConstraint uq : before.uniqueConstraints()) {
            if (!after.uniqueConstraints().contains(uq)) {
                statements.addAll(dropConstraint(new DropConstraint(t, uq.name(), ConstraintKind.UNIQUE,
                        new CreateUniqueConstraint(t, uq)), Schema.of(List.of(before))));
            }
        }
        for (CheckConstraint ck : before.checks()) {
            if (!after.checks().contains(ck)) {
                statements.addAll(dropConstraint(new DropConstraint(t, ck.name(), ConstraintKind.CHECK,
                        new CreateCheckConstraint(t, ck)), Schema.of(List.of(before))));
            }
        }
        if (before.primaryKey() != null && after.primaryKey() == null) {
            statements.addAll(dropConstraint(new DropConstraint(t, before.primaryKey().name(),
                    ConstraintKind.PRIMARY_KEY, new CreatePrimaryKey(t, before.primaryKey())),
                    Schema.of(List.of(before))));
        }
        return statements;
    }

    /** Type, nullability and default changes as separate {@code ALTER COLUMN} statements, then the rename. */
    protected List<String> alterColumn(AlterColumn op, Schema before) {
        List<String> statements = new ArrayList<>();
        String prefix = "ALTER TABLE " + quote(op.table()) + " ALTER COLUMN " + quote(op.column()) + " ";
        if (op.type() != null) {
            statements.add(prefix + alterTypeClause(op, before));
        }
        if (op.nullable() != null) {
            statements.add(prefix + (op.nullable() ? "DROP NOT NULL" : "SET NOT NULL"));
        }
        if (op.serverDefault() != null) {
            statements.add(prefix + (op.serverDefault().value() == null ? "DROP DEFAULT"
                    : "SET DEFAULT " + op.serverDefault().value().sql()));
        }
        if (op.renames()) {
            statements.add(renameColumnStatement(op.table(), op.column(), op.newName()));
        }
        return statements;
    }

    /** The type change clause of {@code ALTER COLUMN}; standard {@code SET DATA TYPE x}. */
    protected String alterTypeClause(AlterColumn op, Schema before) {
        return "SET DATA TYPE " + typeSql(op.type());
    }

    /** {@code ALTER TABLE t RENAME COLUMN a TO b}. */
    protected String renameColumnStatement(String table, String from, String to) {
        return "ALTER TABLE " + quote(table) + " RENAME COLUMN " + quote(from) + " TO " + quote(to);
    }

    // ---- indexes and constraints ---------------------------------------------------------------

    /** {@code CREATE [UNIQUE] INDEX ix ON t (a, b)}. */
    protected String createIndexStatement(String table, Index index) {
        return "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + quote(index.name()) + " ON " + quote(table)
                + " (" + columnList(index.columns()) + ")";
    }

    /** {@code CREATE [UNIQUE] INDEX …}. */
    protected List<String> createIndex(CreateIndex op, Schema before) {
        return List.of(createIndexStatement(op.table(), op.index()));
    }

    /** {@code DROP INDEX ix}. */
    protected List<String> dropIndex(DropIndex op, Schema before) {
        return List.of("DROP INDEX " + quote(op.name()));
    }

    /** {@code ALTER INDEX a RENAME TO b}. */
    protected List<String> renameIndex(RenameIndex op, Schema before) {
        return List.of("ALTER INDEX " + quote(op.from()) + " RENAME TO " + quote(op.to()));
    }

    /** {@code ALTER TABLE t ADD CONSTRAINT …}. */
    protected List<String> addConstraint(AddConstraint op, Schema before) {
        return List.of("ALTER TABLE " + quote(op.table()) + " ADD " + constraintClause(op));
    }

    /** The inline clause of the constraint an operation adds. */
    protected String constraintClause(AddConstraint op) {
        if (op instanceof CreatePrimaryKey pk) {
            return primaryKeyClause(pk.primaryKey());
        }
        if (op instanceof CreateUniqueConstraint uq) {
            return uniqueClause(uq.unique());
        }
        if (op instanceof CreateForeignKey fk) {
            return foreignKeyClause(fk.foreignKey());
        }
        return checkClause(((CreateCheckConstraint) op).check());
    }

    /** {@code ALTER TABLE t DROP CONSTRAINT c}. */
    protected List<String> dropConstraint(DropConstraint op, Schema before) {
        return List.of("ALTER TABLE " + quote(op.table()) + " DROP CONSTRAINT " + quote(op.name()));
    }

    /** {@code ALTER TABLE t RENAME CONSTRAINT a TO b}, whatever the kind. */
    protected List<String> renameConstraint(RenameConstraint op, Schema before) {
        return List.of("ALTER TABLE " + quote(op.table()) + " RENAME CONSTRAINT " + quote(op.from()) + " TO " + quote(op.to()));
    }

    // ---- SQL, data and code ---------------------------------------------------------------------

    /** The operation's SQL for this dialect (nothing when it has none for it). */
    protected List<String> execute(Execute op) {
        return op.sqlFor(name()).map(List::of).orElse(List.of());
    }

    /** Multi-row {@code INSERT}s of literal values (one per run of rows with the same columns, at most 100 rows each). */
    protected List<String> bulkInsert(BulkInsert op, Schema before) {
        Table table = before.table(op.table()).orElse(null);
        return new BulkInsertRenderer(this, literals()).render(op, table);
    }

    /** Statements to run after rows with explicit identity values were inserted (e.g. to move a sequence on). */
    protected List<String> afterExplicitIdentityValues(Table table, Column identity) {
        return List.of();
    }

    /** A backfill as SQL text, for offline output (the runner executes it batch by batch itself). */
    protected List<String> backfill(Backfill op, Schema before) {
        throw new UnsupportedByDialectException(name(), "the backfill of " + op.table() + " cannot be rendered as SQL"
                + " yet; run that migration online");
    }

    /** A callback cannot be SQL text. */
    protected List<String> runCallback(RunCallback op) {
        throw new UnsupportedByDialectException(name(), "the Java callback '" + op.description()
                + "' cannot be rendered as SQL; the migration runner executes callbacks itself. In SQL output"
                + " (offline) mode, replace it with execute(...) or run that migration online.");
    }
}
