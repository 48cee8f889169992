package io.strata.migrations.dialect.internal.sqlite;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.strata.migrations.operations.AddColumn;
import io.strata.migrations.operations.AddConstraint;
import io.strata.migrations.operations.AlterColumn;
import io.strata.migrations.operations.DropColumn;
import io.strata.migrations.operations.DropConstraint;
import io.strata.migrations.operations.Operation;
import io.strata.migrations.operations.RenameConstraint;
import io.strata.migrations.operations.SchemaMismatchException;
import io.strata.migrations.schema.Column;
import io.strata.migrations.schema.Schema;
import io.strata.migrations.schema.Table;

/**
 * Changes a SQLite table the way {@code ALTER TABLE} cannot: copy its rows aside, drop it, create it
 * with the new definition, copy the rows back, re-create its indexes.
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

    /** The statements; {@code renamed} maps a new column name to its old one. */
    List<String> statements(Schema before, Table old, Table target, Map<String, String> renamed) {
        String table = dialect.quote(target.name());
        String holding = dialect.quote("_strata_tmp_" + target.name());
        List<String> targetColumns = new ArrayList<>();
        List<String> sourceColumns = new ArrayList<>();
        for (Column c : target.columns()) {
            String source = renamed.getOrDefault(c.name(), c.name());
            if (old.column(source).isPresent()) {
                targetColumns.add(dialect.quote(c.name()));
                sourceColumns.add(dialect.quote(old.column(source).get().name()));
            }
        }
        DependentRows dependents = DependentRows.of(dialect, before, old.name());
        List<String> statements = new ArrayList<>();
        if (isReferenced(before, old.name())) {
            statements.add(DEFER_FOREIGN_KEYS);
        }
        statements.add("CREATE TABLE " + holding + " AS SELECT * FROM " + table);
        statements.addAll(dependents.saveAndEmpty());
        statements.add("DROP TABLE " + table);
        statements.add(dialect.createStatement(target));
        statements.add("INSERT INTO " + table + " (" + String.join(", ", targetColumns) + ") SELECT "
                + String.join(", ", sourceColumns) + " FROM " + holding);
        statements.add("DROP TABLE " + holding);
        statements.addAll(dialect.indexStatements(target));
        statements.addAll(dependents.restore());
        return statements;
    }

    /** Whether any table of the schema (the table itself included) has a foreign key to it. */
    static boolean isReferenced(Schema schema, String table) {
        return schema.tables().stream().flatMap(t -> t.foreignKeys().stream())
                .anyMatch(fk -> fk.referencedTable().equalsIgnoreCase(table));
    }

    /** The table an operation that may need a rebuild changes. */
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
        throw new IllegalArgumentException("no table rebuild for " + op.getClass().getSimpleName());
    }
}
