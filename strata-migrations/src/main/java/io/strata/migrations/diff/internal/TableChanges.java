package io.strata.migrations.diff.internal;

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
 * The differences between two versions of one table. Check constraints compare by name and
 * canonical condition ({@link CheckExpression}): a condition changed under the same name is a change.
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
 * @param checks check constraint differences (by name, then condition)
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
                Delta.byName(before.checks(), after.checks(), CheckConstraint::name, Equivalence::sameCheck));
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

    /**
     * Whether the primary key keeps its columns and changes only its name (as the naming convention
     * does when its table is renamed): then it is renamed rather than dropped and created, which
     * SQLite and MariaDB cannot do to the key of an auto-increment column.
     */
    boolean primaryKeyRenamed() {
        return primaryKey != null && primaryKey.before() != null && primaryKey.after() != null
                && Equivalence.sameColumns(primaryKey.before().columns(), primaryKey.after().columns())
                && !nameUsedBefore(primaryKey.after().name());
    }

    /** The unique constraints that keep their columns and change only their name, paired one to one. */
    List<Delta.Changed<UniqueConstraint>> renamedUniques() {
        return uniques.renames((x, y) -> Equivalence.sameColumns(x.columns(), y.columns()), u -> !nameUsedBefore(u.name()));
    }

    /** The indexes that keep their columns and uniqueness and change only their name, paired one to one. */
    List<Delta.Changed<Index>> renamedIndexes() {
        return indexes.renames(Equivalence::sameIndex, ix -> !nameUsedBefore(ix.name()));
    }

    /** The unique constraints to drop: removed or changed, not renamed. */
    List<UniqueConstraint> uniquesToDrop() {
        return uniques.toDrop(renamedUniques());
    }

    /** The unique constraints to create: added or changed, not renamed. */
    List<UniqueConstraint> uniquesToCreate() {
        return uniques.toCreate(renamedUniques());
    }

    /** The indexes to drop: removed or changed, not renamed. */
    List<Index> indexesToDrop() {
        return indexes.toDrop(renamedIndexes());
    }

    /** The indexes to create: added or changed, not renamed. */
    List<Index> indexesToCreate() {
        return indexes.toCreate(renamedIndexes());
    }

    /** Whether the source table has a key, constraint or index of this name (a rename to it could collide). */
    private boolean nameUsedBefore(String name) {
        return (before.primaryKey() != null && before.primaryKey().name().equalsIgnoreCase(name))
                || before.foreignKeys().stream().anyMatch(x -> x.name().equalsIgnoreCase(name))
                || before.uniqueConstraints().stream().anyMatch(x -> x.name().equalsIgnoreCase(name))
                || before.indexes().stream().anyMatch(x -> x.name().equalsIgnoreCase(name))
                || before.checks().stream().anyMatch(x -> x.name().equalsIgnoreCase(name));
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
