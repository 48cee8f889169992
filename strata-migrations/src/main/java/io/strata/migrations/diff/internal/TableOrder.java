package io.strata.migrations.diff.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import io.strata.migrations.schema.ForeignKey;
import io.strata.migrations.schema.Table;

/**
 * A set of tables ordered referenced-first, considering only foreign keys among them; a cycle is
 * broken at the first table in declaration order. A foreign key to a table placed after its own
 * is "forward": it must be created after both tables, or dropped before either.
 */
final class TableOrder {

    private final List<Table> tables;
    private final List<String> keys;

    private TableOrder(List<Table> tables, List<String> keys) {
        this.tables = tables;
        this.keys = keys;
    }

    static TableOrder of(List<Table> unordered) {
        Set<String> members = new TreeSet<>();
        unordered.forEach(t -> members.add(Equivalence.key(t.name())));
        List<Table> remaining = new ArrayList<>(unordered);
        List<Table> ordered = new ArrayList<>();
        List<String> placed = new ArrayList<>();
        while (!remaining.isEmpty()) {
            Table next = remaining.stream().filter(t -> ready(t, placed, members)).findFirst().orElse(remaining.get(0));
            remaining.remove(next);
            ordered.add(next);
            placed.add(Equivalence.key(next.name()));
        }
        return new TableOrder(List.copyOf(ordered), List.copyOf(placed));
    }

    private static boolean ready(Table t, List<String> placed, Set<String> members) {
        return t.foreignKeys().stream().map(fk -> Equivalence.key(fk.referencedTable()))
                .allMatch(ref -> ref.equals(Equivalence.key(t.name())) || placed.contains(ref) || !members.contains(ref));
    }

    /** The tables, referenced ones first. */
    List<Table> tables() {
        return tables;
    }

    /** The tables, referencing ones first (the order to drop them in). */
    List<Table> reversed() {
        List<Table> r = new ArrayList<>(tables);
        java.util.Collections.reverse(r);
        return r;
    }

    /** Whether the key of {@code table} references a table of this set placed after it. */
    boolean isForward(Table table, ForeignKey fk) {
        return keys.indexOf(Equivalence.key(fk.referencedTable())) > keys.indexOf(Equivalence.key(table.name()));
    }
}
