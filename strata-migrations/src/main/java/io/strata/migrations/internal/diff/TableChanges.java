package io.strata.migrations.internal.diff;

import java.util.ArrayList;
import java.util.List;

import io.strata.migrations.schema.CheckConstraint;
import io.strata.migrations.schema.Column;
import io.strata.migrations.schema.ForeignKey;
import io.strata.migrations.schema.Index;
import io.strata.migrations.schema.PrimaryKey;
import io.strata.migrations.schema.Table;
import io.strata.migrations.schema.UniqueConstraint;

/**
 * The differences between two versions of one table. Check constraints compare by name only: each
 * database rewrites their text its own way.
 *
 * @param before the table in the source (after rename hints)
 * @param after the table in the target
 * @param addedColumns columns only the target has
 * @param droppedColumns columns only the source has
 * @param changedColumns columns in both that differ
 * @param primaryKey the primary key before and after when it differs, else {@code null}
 * @param foreignKeys foreign key differences
 * @param uniques unique constraint differences
 * @param indexes index differences
 * @param checks check constraint differences (by name)
 */
record TableChanges(Table before, Table after, List<Column> addedColumns, List<Column> droppedColumns,
        List<ColumnChange> changedColumns, Delta.Changed<PrimaryKey> primaryKey, Delta<ForeignKey> foreignKeys,
        Delta<UniqueConstraint> uniques, Delta<Index> indexes, Delta<CheckConstraint> checks) {

    /** Compares two versions of a table. */
    static TableChanges of(Table before, Table after) {
        List<Column> added = new ArrayList<>();
        List<ColumnChange> changed = new ArrayList<>();
        for (Column a : after.columns()) {
            Column b = before.column(a.name()).orElse(null);
            if (b == null) {
                added.add(a);
            } else {
                ColumnChange change = ColumnChange.of(b, before, a, after);
                if (change != null) {
                    changed.add(change);
                }
            }
        }
        List<Column> dropped = before.columns().stream().filter(b -> after.column(b.name()).isEmpty()).toList();
        Delta.Changed<PrimaryKey> pk = Equivalence.samePrimaryKey(before.primaryKey(), after.primaryKey()) ? null
                : new Delta.Changed<>(before.primaryKey(), after.primaryKey());
        return new TableChanges(before, after, List.copyOf(added), dropped, List.copyOf(changed), pk,
                Delta.byName(before.foreignKeys(), after.foreignKeys(), ForeignKey::name, Equivalence::sameForeignKey),
                Delta.byName(before.uniqueConstraints(), after.uniqueConstraints(), UniqueConstraint::name,
                        (x, y) -> Equivalence.sameColumns(x.columns(), y.columns())),
                Delta.byName(before.indexes(), after.indexes(), Index::name, Equivalence::sameIndex),
                Delta.byName(before.checks(), after.checks(), CheckConstraint::name, (x, y) -> true));
    }

    /** The table's name where it exists now (the source's spelling). */
    String name() {
        return before.name();
    }

    /** Whether nothing differs. */
    boolean isEmpty() {
        return addedColumns.isEmpty() && droppedColumns.isEmpty() && changedColumns.isEmpty() && primaryKey == null
                && foreignKeys.isEmpty() && uniques.isEmpty() && indexes.isEmpty() && checks.isEmpty();
    }

    /** The change of the named column, if it changes. */
    ColumnChange changeOf(String column) {
        return changedColumns.stream().filter(c -> c.before().name().equalsIgnoreCase(column)).findFirst().orElse(null);
    }

    /** Whether the named column's type changes. */
    boolean typeChanges(String column) {
        ColumnChange change = changeOf(column);
        return change != null && change.type();
    }
}
