package io.strata.migrations.operations;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.strata.migrations.names.NameFitting;
import io.strata.migrations.schema.CheckConstraint;
import io.strata.migrations.schema.Column;
import io.strata.migrations.schema.ColumnType;
import io.strata.migrations.schema.ForeignKey;
import io.strata.migrations.schema.Index;
import io.strata.migrations.schema.PrimaryKey;
import io.strata.migrations.schema.Table;
import io.strata.migrations.schema.UniqueConstraint;

/**
 * The operations DSL a revision's {@code upgrade(ops)} and {@code downgrade(ops)} call; it records
 * the operations in order. Names follow Alembic's {@code op.*}.
 *
 * <pre>{@code
 * ops.createTable("author", t -> t
 *         .column("id", bigint(), c -> c.autoIncrement())
 *         .column("name", varchar(100), c -> c.notNull())
 *         .primaryKey("pk_author", "id")
 *         .unique("uq_author_name", "name"));
 * ops.addColumn("book", "isbn", varchar(20));
 * ops.alterColumn("book", "title", a -> a.type(varchar(200)).existing(Column.of("title", varchar(100))));
 * ops.createIndex("ix_book_isbn", "book", "isbn");
 * }</pre>
 */
public final class Ops {

    private final List<Operation> operations = new ArrayList<>();
    private final List<UnsafeAllowance> allowances = new ArrayList<>();
    private final MigrationContext context;

    /** Creates an empty recorder whose context knows no database (an empty schema, dialect {@code none}). */
    public Ops() {
        this(MigrationContext.of("none", io.strata.migrations.schema.Schema.empty()));
    }

    /** Creates an empty recorder for a revision run with this context. */
    public Ops(MigrationContext context) {
        this.context = java.util.Objects.requireNonNull(context, "context");
    }

    /** What the revision may ask about its database: {@code isSqlite()}, {@code existsInDb(...)}. */
    public MigrationContext context() {
        return context;
    }

    /** The operations recorded so far, in order. */
    public List<Operation> operations() {
        return List.copyOf(operations);
    }

    /**
     * The {@link #allowUnsafe} permissions recorded so far, in order; one whose operation index equals the
     * number of operations was given last, with no operation after it.
     */
    public List<UnsafeAllowance> allowances() {
        return List.copyOf(allowances);
    }

    /** Records an operation built elsewhere. */
    public Ops add(Operation operation) {
        operations.add(java.util.Objects.requireNonNull(operation, "operation"));
        return this;
    }

    /**
     * Lets the next operation trip one rule of the policy gate ({@code db check --policy}), with the
     * reason it is safe anyway, which the gate's report shows; call it once per rule:
     * <pre>{@code
     * ops.allowUnsafe("blocking", "book has under 1,000 rows; the index builds in milliseconds")
     *         .createIndex("ix_book_isbn", "book", "isbn");
     * }</pre>
     * It changes nothing the migration runs.
     *
     * @param rule the rule's id: {@code destructive}, {@code breaking-for-replicas}, {@code data-dependent},
     *     {@code blocking}, {@code identifier-length} or {@code not-null-without-default}
     * @param reason why the operation is safe here (required)
     * @throws IllegalArgumentException when the rule or the reason is blank
     */
    public Ops allowUnsafe(String rule, String reason) {
        allowances.add(new UnsafeAllowance(operations.size(), rule, reason));
        return this;
    }

    /** Creates a table defined by the lambda. */
    public Ops createTable(String name, Consumer<TableBuilder> definition) {
        TableBuilder builder = new TableBuilder(name);
        definition.accept(builder);
        return add(new CreateTable(builder.build()));
    }

    /** Creates a table from its complete definition. */
    public Ops createTable(Table table) {
        return add(new CreateTable(table));
    }

    /** Drops a table known by name only (not reversible). */
    public Ops dropTable(String name) {
        return add(DropTable.named(name));
    }

    /** Drops a table, keeping its definition so the drop can reverse. */
    public Ops dropTable(Table previous) {
        return add(new DropTable(previous.name(), previous));
    }

    /** Renames a table. */
    public Ops renameTable(String from, String to) {
        return add(new RenameTable(from, to));
    }

    /** Adds a nullable column without default. */
    public Ops addColumn(String table, String column, ColumnType type) {
        return add(new AddColumn(table, Column.of(column, type)));
    }

    /** Adds a column with options, e.g. {@code c -> c.notNull().serverDefault("0")}. */
    public Ops addColumn(String table, String column, ColumnType type, Consumer<ColumnBuilder> options) {
        ColumnBuilder builder = new ColumnBuilder(column, type);
        options.accept(builder);
        return add(new AddColumn(table, builder.build()));
    }

    /** Adds a column defined elsewhere. */
    public Ops addColumn(String table, Column column) {
        return add(new AddColumn(table, column));
    }

    /** Drops a column known by name only (not reversible). */
    public Ops dropColumn(String table, String column) {
        return add(new DropColumn(table, column, null));
    }

    /** Drops a column, keeping its definition so the drop can reverse. */
    public Ops dropColumn(String table, Column previous) {
        return add(new DropColumn(table, previous.name(), previous));
    }

    /** Changes a column: {@code a -> a.type(varchar(200)).nullable(false).rename("title")}. */
    public Ops alterColumn(String table, String column, Consumer<AlterColumnBuilder> changes) {
        AlterColumnBuilder builder = new AlterColumnBuilder(table, column);
        changes.accept(builder);
        return add(builder.build());
    }

    /** Creates a (non-unique) index. */
    public Ops createIndex(String name, String table, String... columns) {
        return add(new CreateIndex(table, new Index(name, Arrays.asList(columns), false)));
    }

    /** Creates a unique index. */
    public Ops createUniqueIndex(String name, String table, String... columns) {
        return add(new CreateIndex(table, new Index(name, Arrays.asList(columns), true)));
    }

    /**
     * Creates a (non-unique) index without blocking writes to the table: on PostgreSQL
     * {@code CREATE INDEX CONCURRENTLY}, run outside the revision's transaction while the migration
     * lock stays held; on MariaDB {@code ALGORITHM=INPLACE, LOCK=NONE}; on SQLite and H2 the ordinary
     * statement inside the transaction.
     */
    public Ops createIndexConcurrently(String name, String table, String... columns) {
        return add(new CreateIndex(table, new Index(name, Arrays.asList(columns), false), true));
    }

    /** Creates a unique index without blocking writes to the table (see {@link #createIndexConcurrently}). */
    public Ops createUniqueIndexConcurrently(String name, String table, String... columns) {
        return add(new CreateIndex(table, new Index(name, Arrays.asList(columns), true), true));
    }

    /**
     * Drops an index without blocking the table: on PostgreSQL {@code DROP INDEX CONCURRENTLY} outside
     * the revision's transaction; elsewhere the ordinary drop. Reversible once completed from the schema.
     */
    public Ops dropIndexConcurrently(String name, String table) {
        return add(new DropIndex(table, name, null, true));
    }

    /** Drops an index known by name only (not reversible). */
    public Ops dropIndex(String name, String table) {
        return add(new DropIndex(table, name, null));
    }

    /** Renames an index, keeping its columns and uniqueness: {@code ops.renameIndex("book", "ix_book_name", "ix_book_title")}. */
    public Ops renameIndex(String table, String from, String to) {
        return add(new RenameIndex(table, from, to));
    }

    /** Adds a primary key. */
    public Ops createPrimaryKey(String name, String table, String... columns) {
        return add(new CreatePrimaryKey(table, new PrimaryKey(name, Arrays.asList(columns))));
    }

    /** Adds a unique constraint. */
    public Ops createUniqueConstraint(String name, String table, String... columns) {
        return add(new CreateUniqueConstraint(table, new UniqueConstraint(name, Arrays.asList(columns))));
    }

    /** Adds a single-column foreign key with the default actions. */
    public Ops createForeignKey(String name, String table, String column, String referencedTable, String referencedColumn) {
        return add(new CreateForeignKey(table, ForeignKey.of(name, List.of(column), referencedTable, List.of(referencedColumn))));
    }

    /** Adds a foreign key: {@code fk -> fk.columns("author_id").references("author", "id").onDelete(CASCADE)}. */
    public Ops createForeignKey(String name, String table, Consumer<ForeignKeyBuilder> definition) {
        ForeignKeyBuilder builder = new ForeignKeyBuilder(name);
        definition.accept(builder);
        return add(new CreateForeignKey(table, builder.build()));
    }

    /** Adds a check constraint. */
    public Ops createCheckConstraint(String name, String table, String expression) {
        return add(new CreateCheckConstraint(table, new CheckConstraint(name, expression)));
    }

    /** Drops a constraint known by name and kind only (not reversible). */
    public Ops dropConstraint(String name, String table, ConstraintKind kind) {
        return add(new DropConstraint(table, name, kind, null));
    }

    /**
     * Renames a constraint, keeping its definition (on MariaDB, where a primary key is always named
     * {@code PRIMARY}, renaming one runs nothing):
     * {@code ops.renameConstraint("press", "pk_publisher", "pk_press", ConstraintKind.PRIMARY_KEY)}.
     */
    public Ops renameConstraint(String table, String from, String to, ConstraintKind kind) {
        return add(new RenameConstraint(table, from, to, kind));
    }

    /** Runs SQL on every dialect. */
    public Ops execute(String sql) {
        return add(Execute.sql(sql));
    }

    /** Runs SQL with per-dialect variants ({@code sql} may be {@code null}: nothing on the other dialects). */
    public Ops execute(String sql, Map<String, String> dialectSql) {
        return add(new Execute(sql, dialectSql));
    }

    /** Inserts rows given as column → value maps. */
    public Ops bulkInsert(String table, List<Map<String, Object>> rows) {
        return add(new BulkInsert(table, rows));
    }

    /**
     * Sets columns of existing rows in batches walked by primary key, each batch its own transaction
     * outside the revision's DDL transaction, resumable where a killed run stopped:
     * <pre>{@code
     * ops.backfill("book", b -> b.set("title_lower", "lower(title)").where("title_lower IS NULL").batchSize(5_000));
     * }</pre>
     * See {@link Backfill}.
     */
    public Ops backfill(String table, Consumer<BackfillBuilder> spec) {
        BackfillBuilder builder = new BackfillBuilder(table);
        spec.accept(builder);
        return add(builder.build());
    }

    /** Runs Java code on the migration's connection (a data migration). */
    public Ops run(String description, ConnectionCallback callback) {
        return add(new RunCallback(description, callback));
    }

    /**
     * The name fitted the way autogenerate's naming convention fits the names it writes: lower-cased
     * and, past the smallest identifier limit of the supported databases (PostgreSQL's 63), shortened
     * with a stable hash; so it runs unchanged on every database and matches what autogenerate would
     * write for the same name.
     *
     * <pre>{@code
     * ops.createForeignKey(ops.fitName("fk_order_line_items_customer_shipping_address_id_customer_addresses"),
     *         "order_line_items", "customer_shipping_address_id", "customer_addresses", "id");
     * }</pre>
     */
    public String fitName(String name) {
        return NameFitting.fit(name);
    }
}
