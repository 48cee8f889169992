package io.strata.migrations.diff;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import io.strata.migrations.dialect.internal.DatabaseSupport;
import io.strata.migrations.dialect.internal.Databases;

/**
 * How to compare two schemas: rename hints, one-off defaults, tables to leave out, and whether to
 * ignore what one database cannot represent. Immutable; each method returns a new instance.
 *
 * <pre>{@code
 * DiffOptions options = DiffOptions.defaults()
 *         .renameTable("store", "shop")
 *         .renameColumn("book", "title", "name")
 *         .oneOffDefault("book", "pages", "0")        // fills existing rows of a new NOT NULL column
 *         .ignoringTables("strata_version");
 * // plain createIndex/dropIndex even on existing tables (inside the revision's transaction)
 * DiffOptions plain = DiffOptions.defaults().concurrentIndexes(false);
 * // drift: a live PostgreSQL database against the models
 * DiffOptions drift = DiffOptions.defaults().ignoringRepresentationOf("postgresql");
 * }</pre>
 *
 * <p>Representation-only differences, ignored with {@link #ignoringRepresentationOf(String)} (both
 * schemas are normalized before they are compared):
 * <ul>
 *   <li>{@code sqlite}: an auto-increment column is SQLite's rowid and is declared {@code INTEGER},
 *       so {@code smallint}/{@code integer}/{@code bigint} auto-increment columns compare equal;</li>
 *   <li>{@code postgresql}: {@code bytea} has no length, so {@code binary(n)} compares equal to {@code blob};</li>
 *   <li>{@code mariadb} (or {@code mysql}): there is no time-zone-aware timestamp, so
 *       {@code timestamp_tz} compares equal to {@code timestamp}; a unique index cannot be told from a
 *       unique constraint, so unique indexes compare as unique constraints of the same name; check
 *       conditions are re-printed with MariaDB's names ({@code length} = {@code octet_length},
 *       {@code upper} = {@code ucase}, {@code true} = {@code 1});</li>
 *   <li>{@code h2}: check conditions are re-printed with H2's names ({@code length} =
 *       {@code char_length}); nothing else (H2 keeps every fact the neutral model states).</li>
 * </ul>
 * Always, whatever the options: a primary key named {@code PRIMARY} matches any name; primary key
 * columns are {@code NOT NULL} whatever their declaration says; server defaults compare by value
 * ({@code 0} = {@code '0'} for numbers, {@code 1} = {@code true} for booleans, SQL keywords without
 * regard to case); check constraints are matched by name and compare by condition once both are in a
 * canonical form (quotes, case, casts such as PostgreSQL's {@code (0)::numeric} or H2's
 * {@code CAST(0 AS NUMERIC(1))}, {@code IN} lists and {@code = ANY (ARRAY[…])}, {@code BETWEEN},
 * the order of {@code AND}/{@code OR} operands and redundant parentheses do not count), so a condition
 * changed under the same name is a change (dropped and created).
 */
public final class DiffOptions {

    /** The dialect names {@link #ignoringRepresentationOf(String)} knows. */
    public static final Set<String> REPRESENTATIONS = Set.copyOf(Databases.names());

    private static final DiffOptions DEFAULTS = new DiffOptions(List.of(), List.of(), List.of(), Set.of(), null, true);

    /**
     * A table rename hint.
     *
     * @param from the table's name in the source schema
     * @param to its name in the target schema
     */
    public record TableRename(String from, String to) {

        /** Validates both names. */
        public TableRename {
            require(from, "old table name");
            require(to, "new table name");
        }
    }

    /**
     * A column rename hint.
     *
     * @param table the table (its name in the target schema; its old name is accepted too)
     * @param from the column's name in the source schema
     * @param to its name in the target schema
     */
    public record ColumnRename(String table, String from, String to) {

        /** Validates the names. */
        public ColumnRename {
            require(table, "table name");
            require(from, "old column name");
            require(to, "new column name");
        }
    }

    /**
     * A value that fills the existing rows of a {@code NOT NULL} column the target adds to a table
     * that exists: the column is added with it as server default, which is dropped right after (the
     * target has none), so the model and the schema agree once the revision ran. What Django's
     * {@code makemigrations} asks for as a "one-off default".
     *
     * @param table the table (its name in the target schema)
     * @param column the added column
     * @param sql the value as an SQL literal: a number, {@code 'text'}, {@code true}, {@code CURRENT_TIMESTAMP}…
     */
    public record OneOffDefault(String table, String column, String sql) {

        /** Validates the names and the value are present. */
        public OneOffDefault {
            require(table, "table name");
            require(column, "column name");
            require(sql, "one-off default (an SQL literal such as 0 or 'none')");
            sql = sql.strip();
        }

        /** The hint as written in Java, e.g. {@code oneOffDefault("book", "pages", "0")}. */
        @Override
        public String toString() {
            return "oneOffDefault(\"" + table + "\", \"" + column + "\", \"" + sql.replace("\"", "\\\"") + "\")";
        }
    }

    private final List<TableRename> tableRenames;
    private final List<ColumnRename> columnRenames;
    private final List<OneOffDefault> oneOffDefaults;
    private final Set<String> ignoredTables;
    private final String representation;
    private final boolean concurrentIndexes;

    private DiffOptions(List<TableRename> tableRenames, List<ColumnRename> columnRenames, List<OneOffDefault> oneOffDefaults,
            Set<String> ignoredTables, String representation, boolean concurrentIndexes) {
        this.concurrentIndexes = concurrentIndexes;
        this.tableRenames = List.copyOf(tableRenames);
        this.columnRenames = List.copyOf(columnRenames);
        this.oneOffDefaults = List.copyOf(oneOffDefaults);
        this.ignoredTables = Set.copyOf(ignoredTables);
        this.representation = representation;
    }

    /** No hints, no tables left out, every difference reported, indexes on existing tables built concurrently. */
    public static DiffOptions defaults() {
        return DEFAULTS;
    }

    /** These options, treating table {@code from} of the source as renamed to {@code to} of the target. */
    public DiffOptions renameTable(String from, String to) {
        List<TableRename> renames = new ArrayList<>(tableRenames);
        renames.add(new TableRename(from, to));
        return new DiffOptions(renames, columnRenames, oneOffDefaults, ignoredTables, representation, concurrentIndexes);
    }

    /** These options, treating column {@code from} of {@code table} as renamed to {@code to}. */
    public DiffOptions renameColumn(String table, String from, String to) {
        List<ColumnRename> renames = new ArrayList<>(columnRenames);
        renames.add(new ColumnRename(table, from, to));
        return new DiffOptions(tableRenames, renames, oneOffDefaults, ignoredTables, representation, concurrentIndexes);
    }

    /**
     * These options, filling the existing rows of the {@code NOT NULL} column {@code column} that the
     * target adds to {@code table} with {@code sql} (a one-off default: added with the column, dropped
     * right after). Without it such a column is flagged, since adding it fails on a table with rows.
     *
     * <pre>{@code
     * DiffOptions.defaults().oneOffDefault("author", "country", "'GB'").oneOffDefault("book", "pages", "0")
     * }</pre>
     *
     * @param sql the value as an SQL literal: a number, {@code 'text'} in single quotes, {@code true}/{@code false},
     *     or an expression such as {@code CURRENT_TIMESTAMP}
     */
    public DiffOptions oneOffDefault(String table, String column, String sql) {
        List<OneOffDefault> defaults = new ArrayList<>(oneOffDefaults);
        defaults.add(new OneOffDefault(table, column, sql));
        return new DiffOptions(tableRenames, columnRenames, defaults, ignoredTables, representation, concurrentIndexes);
    }

    /** These options, leaving out tables with these names (any case) on both sides, e.g. the version table. */
    public DiffOptions ignoringTables(String... names) {
        return ignoringTables(List.of(names));
    }

    /** These options, leaving out tables with these names (any case) on both sides. */
    public DiffOptions ignoringTables(Collection<String> names) {
        Set<String> ignored = new TreeSet<>(ignoredTables);
        for (String name : names) {
            ignored.add(require(name, "table name to ignore").toLowerCase(Locale.ROOT));
        }
        return new DiffOptions(tableRenames, columnRenames, oneOffDefaults, ignored, representation, concurrentIndexes);
    }

    /**
     * These options, ignoring the differences a database of this dialect imposes on what it stores
     * (listed in the class comment); for comparing a live database with the models.
     *
     * @param dialectName {@code sqlite}, {@code h2}, {@code postgresql}, {@code mariadb} or {@code mysql}
     */
    public DiffOptions ignoringRepresentationOf(String dialectName) {
        String name = Databases.byName(require(dialectName, "dialect name")).map(DatabaseSupport::name).orElse(null);
        if (name == null) {
            throw new IllegalArgumentException("no representation rules for dialect '" + dialectName
                    + "'; use one of " + new TreeSet<>(REPRESENTATIONS) + " (Dialect.name())");
        }
        return new DiffOptions(tableRenames, columnRenames, oneOffDefaults, ignoredTables, name, concurrentIndexes);
    }

    /**
     * These options, choosing whether an index created on (or dropped from) a table that exists on
     * both sides is planned concurrently ({@code createIndexConcurrently}, {@code dropIndexConcurrently}:
     * no write lock on PostgreSQL and MariaDB, outside the revision's transaction); on by default.
     * Indexes of a table created in the same revision are always built the ordinary way.
     */
    public DiffOptions concurrentIndexes(boolean concurrent) {
        return new DiffOptions(tableRenames, columnRenames, oneOffDefaults, ignoredTables, representation, concurrent);
    }

    /** Whether indexes on tables that exist on both sides are created and dropped concurrently. */
    public boolean concurrentIndexes() {
        return concurrentIndexes;
    }

    /** The table rename hints, in the order given. */
    public List<TableRename> tableRenames() {
        return tableRenames;
    }

    /** The column rename hints, in the order given. */
    public List<ColumnRename> columnRenames() {
        return columnRenames;
    }

    /** The one-off defaults, in the order given. */
    public List<OneOffDefault> oneOffDefaults() {
        return oneOffDefaults;
    }

    /** The lower-cased names of the tables left out. */
    public Set<String> ignoredTables() {
        return ignoredTables;
    }

    /** The dialect whose representation-only differences are ignored, if any. */
    public Optional<String> representation() {
        return Optional.ofNullable(representation);
    }

    private static String require(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a " + what + " is required");
        }
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DiffOptions d && tableRenames.equals(d.tableRenames) && columnRenames.equals(d.columnRenames)
                && oneOffDefaults.equals(d.oneOffDefaults)
                && ignoredTables.equals(d.ignoredTables) && Objects.equals(representation, d.representation)
                && concurrentIndexes == d.concurrentIndexes;
    }

    @Override
    public int hashCode() {
        return Objects.hash(tableRenames, columnRenames, oneOffDefaults, ignoredTables, representation, concurrentIndexes);
    }

    @Override
    public String toString() {
        return "DiffOptions[tableRenames=" + tableRenames + ", columnRenames=" + columnRenames + ", oneOffDefaults="
                + oneOffDefaults + ", ignoredTables=" + ignoredTables + ", representation=" + representation
                + ", concurrentIndexes=" + concurrentIndexes + "]";
    }
}
