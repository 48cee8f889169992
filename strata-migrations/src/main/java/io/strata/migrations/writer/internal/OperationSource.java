package io.strata.migrations.writer.internal;

import static io.strata.migrations.writer.internal.JavaLiterals.string;
import static io.strata.migrations.writer.internal.JavaLiterals.strings;

import java.util.ArrayList;
import java.util.List;

import io.strata.migrations.operations.AddColumn;
import io.strata.migrations.operations.AlterColumn;
import io.strata.migrations.operations.Backfill;
import io.strata.migrations.operations.BulkInsert;
import io.strata.migrations.operations.ConstraintKind;
import io.strata.migrations.operations.CreateCheckConstraint;
import io.strata.migrations.operations.CreateForeignKey;
import io.strata.migrations.operations.CreateIndex;
import io.strata.migrations.operations.CreatePrimaryKey;
import io.strata.migrations.operations.CreateTable;
import io.strata.migrations.operations.CreateUniqueConstraint;
import io.strata.migrations.operations.DropColumn;
import io.strata.migrations.operations.DropConstraint;
import io.strata.migrations.operations.DropIndex;
import io.strata.migrations.operations.DropTable;
import io.strata.migrations.operations.Execute;
import io.strata.migrations.operations.OperationVisitor;
import io.strata.migrations.operations.RenameConstraint;
import io.strata.migrations.operations.RenameIndex;
import io.strata.migrations.operations.RenameTable;
import io.strata.migrations.operations.RunCallback;
import io.strata.migrations.schema.Column;
import io.strata.migrations.schema.ForeignKey;
import io.strata.migrations.schema.Index;
import io.strata.migrations.schema.ReferentialAction;
import io.strata.migrations.schema.Table;
import io.strata.migrations.schema.UniqueConstraint;

/**
 * One operation as a statement of the {@code Ops} DSL, e.g. {@code ops.addColumn("book", "isbn", varchar(20));}.
 * Returns the statement's lines; continuation lines start with eight spaces more than the first.
 */
final class OperationSource implements OperationVisitor<List<String>> {

    private static final String MORE = "        ";
    /** Above an index built or dropped concurrently on an existing table: why it is not the plain call. */
    private static final String CONCURRENTLY = "// concurrently: does not lock writes on PostgreSQL/MariaDB; runs outside the revision's transaction";

    private final Imports imports;

    OperationSource(Imports imports) {
        this.imports = imports;
    }

    @Override
    public List<String> createTable(CreateTable op) {
        Table t = op.table();
        List<String> lines = new ArrayList<>();
        lines.add("ops.createTable(" + string(t.name()) + ", t -> t");
        for (Column c : t.columns()) {
            String options = columnOptions(c);
            lines.add(MORE + ".column(" + string(c.name()) + ", " + TypeSource.of(c.type(), imports)
                    + (options.isEmpty() ? "" : ", c -> c" + options) + ")");
        }
        if (t.primaryKey() != null) {
            lines.add(MORE + ".primaryKey(" + string(t.primaryKey().name()) + ", " + strings(t.primaryKey().columns()) + ")");
        }
        for (ForeignKey fk : t.foreignKeys()) {
            lines.add(MORE + ".foreignKey(" + string(fk.name()) + ", " + foreignKeyArguments(fk) + ")");
        }
        for (UniqueConstraint u : t.uniqueConstraints()) {
            lines.add(MORE + ".unique(" + string(u.name()) + ", " + strings(u.columns()) + ")");
        }
        for (Index ix : t.indexes()) {
            lines.add(MORE + (ix.unique() ? ".uniqueIndex(" : ".index(") + string(ix.name()) + ", " + strings(ix.columns()) + ")");
        }
        t.checks().forEach(ck -> lines.add(MORE + ".check(" + string(ck.name()) + ", " + string(ck.expression()) + ")"));
        int last = lines.size() - 1;
        lines.set(last, lines.get(last) + ");");
        return lines;
    }

    /** The builder calls after {@code c -> c}, e.g. {@code .notNull().serverDefault("0")}; empty for a plain nullable column. */
    private static String columnOptions(Column c) {
        StringBuilder options = new StringBuilder();
        if (c.autoIncrement()) {
            options.append(".autoIncrement()");
            if (c.nullable()) {
                options.append(".nullable(true)");
            }
        } else if (!c.nullable()) {
            options.append(".notNull()");
        }
        if (c.serverDefault() != null) {
            options.append(".serverDefault(").append(string(c.serverDefault().sql())).append(')');
        }
        return options.toString();
    }

    /** {@code "a", "t", "id"} for a plain one-column key; otherwise {@code fk -> fk.columns(…).references(…)…}. */
    private String foreignKeyArguments(ForeignKey fk) {
        boolean plain = fk.columns().size() == 1 && fk.onDelete() == ReferentialAction.NO_ACTION
                && fk.onUpdate() == ReferentialAction.NO_ACTION;
        if (plain) {
            return string(fk.columns().get(0)) + ", " + string(fk.referencedTable()) + ", " + string(fk.referencedColumns().get(0));
        }
        StringBuilder sb = new StringBuilder("fk -> fk.columns(").append(strings(fk.columns())).append(").references(")
                .append(string(fk.referencedTable())).append(", ").append(strings(fk.referencedColumns())).append(')');
        if (fk.onDelete() != ReferentialAction.NO_ACTION) {
            sb.append(".onDelete(").append(action(fk.onDelete())).append(')');
        }
        if (fk.onUpdate() != ReferentialAction.NO_ACTION) {
            sb.append(".onUpdate(").append(action(fk.onUpdate())).append(')');
        }
        return sb.toString();
    }

    private String action(ReferentialAction action) {
        imports.add(ReferentialAction.class.getName());
        return "ReferentialAction." + action.name();
    }

    @Override
    public List<String> dropTable(DropTable op) {
        return List.of("ops.dropTable(" + string(op.name()) + ");");
    }

    @Override
    public List<String> renameTable(RenameTable op) {
        return List.of("ops.renameTable(" + string(op.from()) + ", " + string(op.to()) + ");");
    }

    @Override
    public List<String> addColumn(AddColumn op) {
        Column c = op.column();
        String options = columnOptions(c);
        return List.of("ops.addColumn(" + string(op.table()) + ", " + string(c.name()) + ", " + TypeSource.of(c.type(), imports)
                + (options.isEmpty() ? "" : ", c -> c" + options) + ");");
    }

    @Override
    public List<String> dropColumn(DropColumn op) {
        return List.of("ops.dropColumn(" + string(op.table()) + ", " + string(op.column()) + ");");
    }

    @Override
    public List<String> alterColumn(AlterColumn op) {
        StringBuilder changes = new StringBuilder();
        if (op.type() != null) {
            changes.append(".type(").append(TypeSource.of(op.type(), imports)).append(')');
        }
        if (op.nullable() != null) {
            changes.append(op.nullable() ? ".nullable(true)" : ".notNull()");
        }
        if (op.serverDefault() != null) {
            changes.append(op.serverDefault().value() == null ? ".dropServerDefault()"
                    : ".serverDefault(" + string(op.serverDefault().value().sql()) + ")");
        }
        if (op.renames()) {
            changes.append(".rename(").append(string(op.newName())).append(')');
        }
        return List.of("ops.alterColumn(" + string(op.table()) + ", " + string(op.column()) + ", a -> a" + changes + ");");
    }

    @Override
    public List<String> createIndex(CreateIndex op) {
        String call = "ops." + (op.index().unique() ? "createUniqueIndex" : "createIndex")
                + (op.concurrently() ? "Concurrently(" : "(") + string(op.index().name()) + ", "
                + string(op.table()) + ", " + strings(op.index().columns()) + ");";
        return op.concurrently() ? List.of(CONCURRENTLY, call) : List.of(call);
    }

    @Override
    public List<String> dropIndex(DropIndex op) {
        String call = "ops.dropIndex" + (op.concurrently() ? "Concurrently(" : "(") + string(op.name()) + ", "
                + string(op.table()) + ");";
        return op.concurrently() ? List.of(CONCURRENTLY, call) : List.of(call);
    }

    @Override
    public List<String> renameIndex(RenameIndex op) {
        return List.of("ops.renameIndex(" + string(op.table()) + ", " + string(op.from()) + ", " + string(op.to()) + ");");
    }

    @Override
    public List<String> createPrimaryKey(CreatePrimaryKey op) {
        return List.of("ops.createPrimaryKey(" + string(op.primaryKey().name()) + ", " + string(op.table()) + ", "
                + strings(op.primaryKey().columns()) + ");");
    }

    @Override
    public List<String> createUniqueConstraint(CreateUniqueConstraint op) {
        return List.of("ops.createUniqueConstraint(" + string(op.unique().name()) + ", " + string(op.table()) + ", "
                + strings(op.unique().columns()) + ");");
    }

    @Override
    public List<String> createForeignKey(CreateForeignKey op) {
        ForeignKey fk = op.foreignKey();
        return List.of("ops.createForeignKey(" + string(fk.name()) + ", " + string(op.table()) + ", "
                + foreignKeyArguments(fk) + ");");
    }

    @Override
    public List<String> createCheckConstraint(CreateCheckConstraint op) {
        return List.of("ops.createCheckConstraint(" + string(op.check().name()) + ", " + string(op.table()) + ", "
                + string(op.check().expression()) + ");");
    }

    @Override
    public List<String> dropConstraint(DropConstraint op) {
        imports.add(ConstraintKind.class.getName());
        return List.of("ops.dropConstraint(" + string(op.name()) + ", " + string(op.table()) + ", ConstraintKind."
                + op.kind().name() + ");");
    }

    @Override
    public List<String> renameConstraint(RenameConstraint op) {
        imports.add(ConstraintKind.class.getName());
        return List.of("ops.renameConstraint(" + string(op.table()) + ", " + string(op.from()) + ", " + string(op.to())
                + ", ConstraintKind." + op.kind().name() + ");");
    }

    @Override
    public List<String> execute(Execute op) {
        if (op.dialectSql().isEmpty()) {
            return List.of("ops.execute(" + string(op.sql()) + ");");
        }
        imports.add("java.util.Map");
        List<String> entries = new ArrayList<>();
        new java.util.TreeMap<>(op.dialectSql()).forEach((dialect, sql) -> entries.add(string(dialect) + ", " + string(sql)));
        return List.of("ops.execute(" + (op.sql() == null ? "null" : string(op.sql())) + ", Map.of("
                + String.join(", ", entries) + "));");
    }

    @Override
    public List<String> bulkInsert(BulkInsert op) {
        throw new IllegalArgumentException("a bulk insert into " + op.table() + " cannot be written as revision source:"
                + " autogenerate never produces one; add data migrations to the revision by hand");
    }

    @Override
    public List<String> backfill(Backfill op) {
        List<String> lines = new ArrayList<>();
        lines.add("ops.backfill(" + string(op.table()) + ", b -> b");
        for (Backfill.Assignment a : op.assignments()) {
            if (a.dialectSql().isEmpty()) {
                lines.add(MORE + ".set(" + string(a.column()) + ", " + string(a.sql()) + ")");
            } else {
                imports.add("java.util.Map");
                List<String> entries = new ArrayList<>();
                a.dialectSql().forEach((dialect, sql) -> entries.add(string(dialect) + ", " + string(sql)));
                lines.add(MORE + ".set(" + string(a.column()) + ", " + string(a.sql()) + ", Map.of("
                        + String.join(", ", entries) + "))");
            }
        }
        op.where().ifPresent(condition -> lines.add(MORE + ".where(" + string(condition) + ")"));
        if (op.batchSize() != Backfill.DEFAULT_BATCH_SIZE) {
            lines.add(MORE + ".batchSize(" + op.batchSize() + ")");
        }
        if (!op.pause().isZero()) {
            imports.add("java.time.Duration");
            long nanos = op.pause().toNanos();
            lines.add(MORE + (nanos % 1_000_000 == 0 ? ".pause(Duration.ofMillis(" + nanos / 1_000_000 : ".pause(Duration.ofNanos(" + nanos) + "))");
        }
        if (op.rowsPerSecond() > 0) {
            lines.add(MORE + ".rowsPerSecond(" + op.rowsPerSecond() + ")");
        }
        int last = lines.size() - 1;
        lines.set(last, lines.get(last) + ");");
        return lines;
    }

    @Override
    public List<String> runCallback(RunCallback op) {
        throw new IllegalArgumentException("the Java callback '" + op.description() + "' cannot be written as revision"
                + " source: autogenerate never produces one; add it to the revision by hand");
    }
}
