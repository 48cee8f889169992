package io.strata.migrations.diff;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import io.strata.migrations.diff.internal.DiffEngine;
import io.strata.migrations.schema.Schema;

/**
 * The differences between two schemas as a human-readable listing, one line each; what
 * {@code check} (models against the revisions' head) and drift detection (a live database against
 * the models) print.
 *
 * <pre>{@code
 * SchemaComparison drift = SchemaComparison.between(models, SchemaInspector.create().inspect(connection),
 *         DiffOptions.defaults().ignoringTables("strata_version").ignoringRepresentationOf("mariadb"));
 * if (!drift.isEmpty()) {
 *     System.err.println(drift.report());
 * }
 * // + table store
 * // ~ column book.title: varchar(100) -> varchar(200) (narrowing? no)
 * // - index ix_book_isbn on book
 * }</pre>
 */
public final class SchemaComparison {

    private final List<Difference> differences;

    private SchemaComparison(List<Difference> differences) {
        this.differences = List.copyOf(differences);
    }

    /** Compares the schemas with the default options. */
    public static SchemaComparison between(Schema from, Schema to) {
        return between(from, to, DiffOptions.defaults());
    }

    /**
     * Compares {@code from} (e.g. the expected schema) with {@code to} (e.g. the actual one): lines
     * starting {@code +} are only in {@code to}, {@code -} only in {@code from}.
     */
    public static SchemaComparison between(Schema from, Schema to, DiffOptions options) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(options, "options");
        return new SchemaComparison(DiffEngine.differences(from, to, options));
    }

    /** The differences, in a stable order: renames, added tables, removed tables, then each changed table's details. */
    public List<Difference> differences() {
        return differences;
    }

    /** Whether the schemas do not differ. */
    public boolean isEmpty() {
        return differences.isEmpty();
    }

    /** The listing, one difference per line (empty when there is none). */
    public String report() {
        return differences.stream().map(Difference::toString).collect(Collectors.joining("\n"));
    }

    @Override
    public String toString() {
        return isEmpty() ? "no differences" : report();
    }
}
