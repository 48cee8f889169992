package io.strata.migrations.dialect.internal.sqlite;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.strata.migrations.dialect.UnsupportedByDialectException;

/**
 * The triggers and views of a SQLite database, which the neutral schema does not hold (revisions
 * create them with {@code ops.execute(…)}), as a table rebuild must keep them: {@code DROP TABLE}
 * silently drops the table's triggers, and a view or trigger naming a column the rebuild removes no
 * longer works. A rebuild drops the triggers of the tables it rewrites (so copying rows fires none),
 * re-creates them from their own SQL afterwards, and refuses when a trigger or view uses a removed
 * column. Offline nothing is known, so the script refuses at run time when the table has triggers.
 */
final class TriggersAndViews {

    /** Nothing to keep: rendering without a database and without a script's guard (single operations). */
    static final TriggersAndViews NONE = new TriggersAndViews(List.of());

    /** Rendering a script offline: the database's triggers are unknown, the script checks for them. */
    static final TriggersAndViews UNKNOWN = new TriggersAndViews(null);

    /** One trigger or view as {@code sqlite_master} holds it. */
    record Entry(String type, String name, String table, String sql) {

        boolean isTrigger() {
            return type.equals("trigger");
        }

        /** Whether the SQL names the identifier (any case, quoted or not). */
        boolean names(String identifier) {
            return SQLiteTokenizer.tokenize(sql).stream()
                    .filter(t -> t.kind() == SQLiteToken.Kind.WORD || t.kind() == SQLiteToken.Kind.QUOTED)
                    .anyMatch(t -> t.identifier().equalsIgnoreCase(identifier));
        }

        String describe() {
            return type + " " + name;
        }
    }

    private final List<Entry> entries;

    private TriggersAndViews(List<Entry> entries) {
        this.entries = entries;
    }

    /** The triggers and views of the connection's database, in the order they were created. */
    static TriggersAndViews read(Connection connection) throws SQLException {
        List<Entry> entries = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT type, name, tbl_name, sql"
                + " FROM sqlite_master WHERE type IN ('trigger', 'view') AND sql IS NOT NULL ORDER BY rowid")) {
            while (rs.next()) {
                entries.add(new Entry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
            }
        }
        return new TriggersAndViews(entries);
    }

    /**
     * Refuses the rebuild of {@code table} when a trigger or view that names it also names a column the
     * rebuild removes; names each and the way around.
     */
    void requireFit(String table, Set<String> removedColumns) {
        if (entries == null || removedColumns.isEmpty()) {
            return;
        }
        List<String> broken = new ArrayList<>();
        for (Entry e : entries) {
            if (e.table().equalsIgnoreCase(table) || e.names(table)) {
                Set<String> used = removedColumns.stream().filter(e::names).collect(Collectors.toCollection(TreeSet::new));
                if (!used.isEmpty()) {
                    broken.add(e.describe() + " (uses " + String.join(", ", used) + ")");
                }
            }
        }
        if (!broken.isEmpty()) {
            throw new UnsupportedByDialectException("sqlite", "rebuilding table " + table + " removes columns that "
                    + String.join(", ", broken) + " still use" + (broken.size() == 1 ? "s" : "") + ", so SQLite could"
                    + " not keep " + (broken.size() == 1 ? "it" : "them") + " working. In the revision, drop "
                    + (broken.size() == 1 ? "it" : "them") + " before this operation (ops.execute(\"DROP TRIGGER …\")"
                    + " or \"DROP VIEW …\") and create " + (broken.size() == 1 ? "it" : "them")
                    + " again after it, written for the new columns.");
        }
    }

    /** What runs before the rebuild changes anything: the triggers of the rewritten tables are dropped (offline: a guard). */
    List<String> before(SQLiteDialect dialect, Collection<String> tables) {
        if (entries == null) {
            return guard(dialect, tables);
        }
        return triggersOn(tables).stream().map(e -> "DROP TRIGGER " + dialect.quote(e.name())).toList();
    }

    /** What runs once the rows are back: the triggers dropped before are created again from their own SQL. */
    List<String> after(Collection<String> tables) {
        if (entries == null) {
            return List.of();
        }
        return triggersOn(tables).stream().map(Entry::sql).toList();
    }

    private List<Entry> triggersOn(Collection<String> tables) {
        Set<String> keys = tables.stream().map(t -> t.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        return entries.stream().filter(e -> e.isTrigger() && keys.contains(e.table().toLowerCase(Locale.ROOT))).toList();
    }

    /**
     * An offline script cannot know the triggers to re-create: it stops, naming the table and the fix,
     * when the database it runs on has any on the rewritten tables (a CHECK constraint's name is the message).
     */
    private static List<String> guard(SQLiteDialect dialect, Collection<String> tables) {
        String first = tables.iterator().next();
        String guard = dialect.quote("_strata_guard_" + first);
        String message = "strata: rebuilding table " + first + " would drop triggers that only an online upgrade"
                + " keeps; run db upgrade without --sql, or drop the triggers before this revision and create them after";
        String names = tables.stream().map(t -> "'" + t.toLowerCase(Locale.ROOT).replace("'", "''") + "'")
                .collect(Collectors.joining(", "));
        return List.of("CREATE TEMP TABLE " + guard + " (triggers TEXT CONSTRAINT " + dialect.quote(message)
                        + " CHECK (triggers IS NULL))",
                "INSERT INTO " + guard + " SELECT group_concat(name, ', ') FROM sqlite_master WHERE type = 'trigger'"
                        + " AND LOWER(tbl_name) IN (" + names + ")",
                "DROP TABLE " + guard);
    }
}
