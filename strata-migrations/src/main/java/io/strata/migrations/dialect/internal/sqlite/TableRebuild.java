package io.strata.migrations.dialect.internal.sqlite;

import java.util.ArrayList;
import java.util.List;

import io.strata.migrations.operations.AddColumn;
import io.strata.migrations.operations.AddConstraint;
import io.strata.migrations.operations.AlterColumn;
import io.strata.migrations.operations.CreateIndex;
import io.strata.migrations.operations.DropColumn;
import io.strata.migrations.operations.DropConstraint;
import io.strata.migrations.operations.DropIndex;
import io.strata.migrations.operations.Operation;
import io.strata.migrations.operations.RenameConstraint;
import io.strata.migrations.operations.RenameIndex;
import io.strata.migrations.operations.SchemaMismatchException;
import io.strata.migrations.schema.Column;
import io.strata.migrations.schema.Schema;
import io.strata.migrations.schema.Table;

/**
 * Changes a SQLite table the way {@code ALTER TABLE} cannot: copy its rows aside, drop it, create it
 * with the new definition, copy the rows back, re-create its indexes and triggers. Several consecutive
 * operations on one table make one rebuild (see {@link SQLiteSteps}).
 *
 * <p>The rows are copied back into the new table <em>after</em> the old one is dropped (rather than
 * creating the new table under a temporary name and renaming it) because of how SQLite counts
 * deferred foreign key violations: dropping a referenced table counts every referencing row as a
 * violation, and only inserting the referenced rows into a table of that name takes the count back
 * to zero at commit. Renaming a copy into place does not, and the commit fails. Tables that foreign
 * key actions would change are kept by {@link DependentRows}.
 */
final class TableRebuild {

    static final String DEFER_FOREIGN_KEYS = "PRAGMA defer_foreign_keys = ON";

    private final SQLiteDialect dialect;

    TableRebuild(SQLiteDialect dialect) {
        this.dialect = dialect;
    }

    Table require(Schema before, String table, String action) {
        return before.table(table).orElseThrow(() -> new SchemaMismatchException(table, "sqlite: cannot " + action
                + ": SQLite needs the table's current definition to rebuild it, and the schema before the operation"
                + " has no table " + table + ". Render it with the schema the previous revisions produce."));
    }

    /**
     * The statements of one rebuild that makes, from the table in {@code before}, the table the
     * operations (all on that table, in order) leave; keeps the triggers {@code kept} knows.
     */
    List<String> statements(Schema before, List<Operation> ops, TriggersAndViews kept) {
        Rebuilt r = rebuilt(before, ops);
        kept.requireFit(r.old().name(), r.sources().removed());
        String table = dialect.quote(r.target().name());
        String holding = dialect.quote("_strata_tmp_" + r.target().name());
        List<String> targetColumns = new ArrayList<>();
        List<String> sourceColumns = new ArrayList<>();
        for (Column c : r.target().columns()) {
            Column source = r.sources().sourceOf(c);
            if (source != null) {
                targetColumns.add(dialect.quote(c.name()));
                sourceColumns.add(dialect.quote(source.name()));
            }
        }
        DependentRows dependents = DependentRows.of(dialect, before, r.old().name());
        List<String> rewritten = new ArrayList<>(List.of(r.old().name()));
        rewritten.addAll(dependents.tableNames());
        List<String> statements = new ArrayList<>();
        if (isReferenced(before, r.old().name())) {
            statements.add(DEFER_FOREIGN_KEYS);
        }
        statements.addAll(kept.before(dialect, rewritten));
        statements.add("CREATE TABLE " + holding + " AS SELECT * FROM " + table);
        statements.addAll(dependents.saveAndEmpty());
        statements.add("DROP TABLE " + table);
        statements.add(dialect.createStatement(r.target()));
        if (!targetColumns.isEmpty()) {
            statements.add("INSERT INTO " + table + " (" + String.join(", ", targetColumns) + ") SELECT "
                    + String.join(", ", sourceColumns) + " FROM " + holding);
        }
        statements.add("DROP TABLE " + holding);
        statements.addAll(dialect.indexStatements(r.target()));
        statements.addAll(dependents.restore());
        statements.addAll(kept.after(rewritten));
        return statements;
    }

    /** The table before the operations, after them, and where the new columns take their rows from. */
    Rebuilt rebuilt(Schema before, List<Operation> ops) {
        String name = tableOf(ops.get(0));
        Table old = require(before, name, "rebuild table " + name);
        Schema after = before;
        for (Operation op : ops) {
            after = op.applyTo(after);
        }
        Table target = after.table(name).orElseThrow();
        return new Rebuilt(old, target, ColumnSources.of(old, ops));
    }

    /** A rebuild's old and new definitions of the table. */
    record Rebuilt(Table old, Table target, ColumnSources sources) {
    }

    /** Whether any table of the schema (the table itself included) has a foreign key to it. */
    static boolean isReferenced(Schema schema, String table) {
        return schema.tables().stream().flatMap(t -> t.foreignKeys().stream())
                .anyMatch(fk -> fk.referencedTable().equalsIgnoreCase(table));
    }

    /** The table an operation that a rebuild can perform changes, or {@code null} for others (whole tables, SQL, data). */
    static String tableOf(Operation op) {
        if (op instanceof AddColumn o) {
            return o.table();
        }
        if (op instanceof DropColumn o) {
            return o.table();
        }
        if (op instanceof AlterColumn o) {
            return o.table();
        }
        if (op instanceof AddConstraint o) {
            return o.table();
        }
        if (op instanceof DropConstraint o) {
            return o.table();
        }
        if (op instanceof RenameConstraint o) {
            return o.table();
        }
        if (op instanceof CreateIndex o) {
            return o.table();
        }
        if (op instanceof DropIndex o) {
            return o.table();
        }
        if (op instanceof RenameIndex o) {
            return o.table();
        }
        return null;
    }
}
