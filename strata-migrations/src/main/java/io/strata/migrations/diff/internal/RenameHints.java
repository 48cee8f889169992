package io.strata.migrations.diff.internal;

import java.util.List;

import io.strata.migrations.diff.DiffOptions;
import io.strata.migrations.diff.RenameHintException;
import io.strata.migrations.operations.AlterColumn;
import io.strata.migrations.operations.RenameTable;
import io.strata.migrations.schema.Schema;
import io.strata.migrations.schema.Table;

/**
 * Applies the rename hints of {@link DiffOptions} to the source schema as {@code renameTable} and
 * column-renaming {@code alterColumn} operations, after checking each hint fits both schemas.
 */
final class RenameHints {

    private RenameHints() {
    }

    /** Appends the renames to {@code sequence} (which starts at the source) and checks them against {@code to}. */
    static void apply(DiffOptions options, Schema to, OperationSequence sequence) {
        for (DiffOptions.TableRename r : options.tableRenames()) {
            String hint = "renameTable(" + r.from() + ", " + r.to() + ")";
            Schema from = sequence.current();
            require(from.table(r.from()).isPresent(), hint, "the source schema has no table " + r.from()
                    + " (tables: " + names(from) + "); give the table's current name first");
            require(to.table(r.to()).isPresent(), hint, "the target schema has no table " + r.to()
                    + " (tables: " + names(to) + "); give the table's new name second");
            require(r.from().equalsIgnoreCase(r.to()) || from.table(r.to()).isEmpty(), hint,
                    "the source schema already has a table " + r.to() + "; nothing needs renaming to it");
            require(r.from().equalsIgnoreCase(r.to()) || to.table(r.from()).isEmpty(), hint,
                    "the target schema still has a table " + r.from() + ", so it was not renamed");
            sequence.add(new RenameTable(from.table(r.from()).orElseThrow().name(), to.table(r.to()).orElseThrow().name()));
        }
        for (DiffOptions.ColumnRename r : options.columnRenames()) {
            String hint = "renameColumn(" + r.table() + ", " + r.from() + ", " + r.to() + ")";
            String tableName = currentName(options, r.table());
            Schema from = sequence.current();
            Table before = from.table(tableName).orElse(null);
            Table after = to.table(tableName).orElse(null);
            require(before != null && after != null, hint, "table " + r.table() + " is not in both schemas (source: "
                    + names(from) + ", target: " + names(to) + "); name a table that is kept");
            require(before.column(r.from()).isPresent(), hint, "table " + r.table() + " of the source has no column "
                    + r.from() + " (columns: " + columns(before) + ")");
            require(after.column(r.to()).isPresent(), hint, "table " + r.table() + " of the target has no column "
                    + r.to() + " (columns: " + columns(after) + ")");
            require(r.from().equalsIgnoreCase(r.to()) || after.column(r.from()).isEmpty(), hint,
                    "the target still has column " + r.from() + ", so it was not renamed");
            require(r.from().equalsIgnoreCase(r.to()) || before.column(r.to()).isEmpty(), hint,
                    "the source already has column " + r.to());
            String oldName = before.column(r.from()).orElseThrow().name();
            String newName = after.column(r.to()).orElseThrow().name();
            sequence.add(new AlterColumn(before.name(), oldName, newName, null, null, null, null));
        }
    }

    /** The table's name once table renames are applied (a hint may name a renamed table by its old name). */
    private static String currentName(DiffOptions options, String table) {
        return options.tableRenames().stream().filter(r -> r.from().equalsIgnoreCase(table)).map(DiffOptions.TableRename::to)
                .findFirst().orElse(table);
    }

    private static void require(boolean condition, String hint, String message) {
        if (!condition) {
            throw new RenameHintException(hint, message);
        }
    }

    private static List<String> names(Schema schema) {
        return schema.tables().stream().map(Table::name).toList();
    }

    private static List<String> columns(Table table) {
        return table.columns().stream().map(c -> c.name()).toList();
    }
}
