package io.strata.migrations.diff;

import java.util.Objects;

/**
 * A table or column that the diff drops and adds again under another name, with the same shape: most
 * likely a rename. The diff still drops and adds (which loses the data); give the rename as a hint
 * ({@link DiffOptions#renameTable}, {@link DiffOptions#renameColumn}) to get a rename instead.
 *
 * @param table for a column: its table (named as in the target schema); for a table: the old name
 * @param column whether a column (rather than a table) looks renamed
 * @param from the old name
 * @param to the new name
 */
public record LikelyRename(String table, boolean column, String from, String to) {

    /** Validates the names are present. */
    public LikelyRename {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    /** A table that looks renamed. */
    public static LikelyRename table(String from, String to) {
        return new LikelyRename(from, false, from, to);
    }

    /** A column of a table that looks renamed. */
    public static LikelyRename column(String table, String from, String to) {
        return new LikelyRename(table, true, from, to);
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
