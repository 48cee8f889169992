package io.strata.migrations.diff.internal;

import java.util.ArrayList;
import java.util.List;

import io.strata.migrations.schema.Schema;
import io.strata.migrations.schema.Table;

/**
 * Every difference between two schemas, tables matched by name without case (rename hints already
 * applied to the source).
 *
 * @param addedTables tables only the target has, in its order
 * @param droppedTables tables only the source has, in its order
 * @param tables the tables in both that differ, in the target's order
 */
record Changes(List<Table> addedTables, List<Table> droppedTables, List<TableChanges> tables) {

    /** Compares two schemas. */
    static Changes between(Schema from, Schema to) {
        List<Table> added = new ArrayList<>();
        List<TableChanges> changed = new ArrayList<>();
        for (Table after : to.tables()) {
            Table before = from.table(after.name()).orElse(null);
            if (before == null) {
                added.add(after);
            } else {
                TableChanges change = TableChanges.of(before, after);
                if (!change.isEmpty()) {
                    changed.add(change);
                }
            }
        }
        List<Table> dropped = from.tables().stream().filter(t -> to.table(t.name()).isEmpty()).toList();
        return new Changes(List.copyOf(added), dropped, List.copyOf(changed));
    }

    /** The changes of the named table, or {@code null} when it is not in both or does not change. */
    TableChanges of(String table) {
        return tables.stream().filter(t -> t.name().equalsIgnoreCase(table)).findFirst().orElse(null);
    }
}
