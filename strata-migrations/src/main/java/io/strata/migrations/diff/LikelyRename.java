package io.strata.migrations.diff;

import java.util.Objects;

import io.strata.migrations.schema.ColumnType;

/**
 * A table or column that the diff drops and adds again under another name, with the same shape: most
 * likely a rename. The diff still drops and adds (which loses the data); give the rename as a hint
 * ({@link DiffOptions#renameTable}, {@link DiffOptions#renameColumn}) to get a rename instead.
 *
 * @param table for a column: its table (named as in the target schema); for a table: the old name
 * @param column whether a column (rather than a table) looks renamed
 * @param from the old name
 * @param to the new name
 * @param type for a column: its type (the same on both sides); for a table: {@code null}
 */
public record LikelyRename(String table, boolean column, String from, String to, ColumnType type) {

    /** Validates the names are present. */
    public LikelyRename {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (column) {
            Objects.requireNonNull(type, "type of column " + from);
        }
    }

    /** A table that looks renamed. */
    public static LikelyRename table(String from, String to) {
        return new LikelyRename(from, false, from, to, null);
    }

    /** A column of a table, of this type, that looks renamed. */
    public static LikelyRename column(String table, String from, String to, ColumnType type) {
        return new LikelyRename(table, true, from, to, type);
    }

    /** These options with this rename as a hint: what answering yes to it means. */
    public DiffOptions applyTo(DiffOptions options) {
        return column ? options.renameColumn(table, from, to) : options.renameTable(from, to);
    }

    /**
     * The Java form of the hint, e.g. {@code DiffOptions.defaults().renameColumn("author", "name", "full_name")}
     * or {@code DiffOptions.defaults().renameTable("publisher", "press")}.
     */
    public String javaHint() {
        return "DiffOptions.defaults()" + (column ? ".renameColumn(" + quoted(table) + ", " : ".renameTable(")
                + quoted(from) + ", " + quoted(to) + ")";
    }

    private static String quoted(String name) {
        return "\"" + name + "\"";
    }

    /** The command-line form of the hint, e.g. {@code --rename old_book=book} or {@code --rename book.title=name}. */
    public String commandLineHint() {
        return "--rename " + (column ? table + "." + from : from) + "=" + to;
    }

    /** E.g. {@code column book.title -> book.name} or {@code table old_book -> book}. */
    @Override
    public String toString() {
        return column ? "column " + table + "." + from + " -> " + table + "." + to : "table " + from + " -> " + to;
    }
}
