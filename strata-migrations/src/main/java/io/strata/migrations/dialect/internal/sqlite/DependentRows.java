package io.strata.migrations.dialect.internal.sqlite;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import io.strata.migrations.schema.Column;
import io.strata.migrations.schema.ReferentialAction;
import io.strata.migrations.schema.Schema;
import io.strata.migrations.schema.Table;

/**
 * Keeps the rows of the tables a rebuild would otherwise change through foreign key actions.
 *
 * <p>Dropping a table during a rebuild deletes its rows first, and SQLite fires {@code ON DELETE
 * CASCADE / SET NULL / SET DEFAULT} for them (deferring checks does not stop actions), and
 * {@code RESTRICT} refuses at once. So the tables that reach the rebuilt one through such keys,
 * transitively, are copied aside and emptied (children first) before the drop, and refilled
 * (parents first) after it.
 */
final class DependentRows {

    private final SQLiteDialect dialect;
    private final List<Table> tables;

    private DependentRows(SQLiteDialect dialect, List<Table> tables) {
        this.dialect = dialect;
        this.tables = tables;
    }

    /** The tables of {@code schema} that reach {@code table} through keys with delete actions, parents first. */
    static DependentRows of(SQLiteDialect dialect, Schema schema, String table) {
        Set<String> found = new LinkedHashSet<>();
        Deque<String> pending = new ArrayDeque<>(List.of(key(table)));
        while (!pending.isEmpty()) {
            String parent = pending.pop();
            for (Table t : schema.tables()) {
                boolean acts = t.foreignKeys().stream().anyMatch(fk -> key(fk.referencedTable()).equals(parent)
                        && fk.onDelete() != ReferentialAction.NO_ACTION);
                if (acts && !key(t.name()).equals(key(table)) && found.add(key(t.name()))) {
                    pending.add(key(t.name()));
                }
            }
        }
        List<Table> ordered = parentsFirst(schema, found);
        return new DependentRows(dialect, ordered);
    }

    private static List<Table> parentsFirst(Schema schema, Set<String> names) {
        List<Table> remaining = schema.tables().stream().filter(t -> names.contains(key(t.name())))
                .collect(Collectors.toCollection(ArrayList::new));
        List<Table> ordered = new ArrayList<>();
        while (!remaining.isEmpty()) {
            Table next = remaining.stream().filter(t -> t.foreignKeys().stream()
                    .map(fk -> key(fk.referencedTable())).noneMatch(ref -> !ref.equals(key(t.name()))
                            && remaining.stream().anyMatch(r -> key(r.name()).equals(ref))))
                    .findFirst().orElse(remaining.get(0));
            remaining.remove(next);
            ordered.add(next);
        }
        return ordered;
    }

    /** The dependent tables' names, parents first. */
    List<String> tableNames() {
        return tables.stream().map(Table::name).toList();
    }

    /** Copies every dependent table aside, then empties them children first. */
    List<String> saveAndEmpty() {
        List<String> statements = new ArrayList<>();
        for (Table t : tables) {
            statements.add("CREATE TABLE " + keep(t) + " AS SELECT * FROM " + dialect.quote(t.name()));
        }
        for (int i = tables.size() - 1; i >= 0; i--) {
            statements.add("DELETE FROM " + dialect.quote(tables.get(i).name()));
        }
        return statements;
    }

    /** Refills the dependent tables parents first and drops the copies. */
    List<String> restore() {
        List<String> statements = new ArrayList<>();
        for (Table t : tables) {
            String columns = t.columns().stream().map(Column::name).map(dialect::quote).collect(Collectors.joining(", "));
            statements.add("INSERT INTO " + dialect.quote(t.name()) + " (" + columns + ") SELECT " + columns + " FROM " + keep(t));
            statements.add("DROP TABLE " + keep(t));
        }
        return statements;
    }

    private String keep(Table t) {
        return dialect.quote("_strata_keep_" + t.name());
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

}
