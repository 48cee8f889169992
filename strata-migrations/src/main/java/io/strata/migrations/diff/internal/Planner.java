package io.strata.migrations.diff.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.strata.migrations.operations.AddColumn;
import io.strata.migrations.operations.AlterColumn;
import io.strata.migrations.operations.ConstraintKind;
import io.strata.migrations.operations.CreateCheckConstraint;
import io.strata.migrations.operations.CreateForeignKey;
import io.strata.migrations.operations.CreateIndex;
import io.strata.migrations.operations.CreatePrimaryKey;
import io.strata.migrations.operations.CreateTable;
import io.strata.migrations.operations.CreateUniqueConstraint;
import io.strata.migrations.operations.DefaultChange;
import io.strata.migrations.operations.DropColumn;
import io.strata.migrations.operations.DropConstraint;
import io.strata.migrations.operations.DropIndex;
import io.strata.migrations.operations.DropTable;
import io.strata.migrations.operations.RenameConstraint;
import io.strata.migrations.operations.RenameIndex;
import io.strata.migrations.schema.CheckConstraint;
import io.strata.migrations.schema.Column;
import io.strata.migrations.schema.ForeignKey;
import io.strata.migrations.schema.ServerDefault;
import io.strata.migrations.schema.Table;

/**
 * Orders the operations that carry out {@link Changes} so that every one works with foreign keys
 * enforced:
 * <ol>
 *   <li>drop foreign keys that go or change, those a column type change or a key change on the
 *       referenced side disturbs, and those that close a cycle among dropped tables;</li>
 *   <li>drop tables, referencing ones first;</li>
 *   <li>drop indexes, unique and check constraints that go or change (a check changes with its
 *       condition; also checks that mention a dropped column) and changed primary keys;</li>
 *   <li>drop columns; add columns (one with a one-off default: added with it, then the default dropped);
 *       alter columns;</li>
 *   <li>rename primary keys, unique constraints and indexes that change only their name (once every
 *       drop has freed the names they take);</li>
 *   <li>create primary keys and unique constraints (foreign keys may need them);</li>
 *   <li>create tables, referenced ones first, with the foreign keys of cycles left for the end;</li>
 *   <li>create indexes and checks; then foreign keys.</li>
 * </ol>
 * Every table in {@link Changes#tables()} exists on both sides, so its index changes may take the
 * non-transactional lane.
 */
final class Planner {

    private final Changes changes;
    private final OperationSequence sequence;
    private final boolean concurrentIndexes;
    private final OneOffDefaults oneOffDefaults;

    private Planner(Changes changes, OperationSequence sequence, boolean concurrentIndexes, OneOffDefaults oneOffDefaults) {
        this.changes = changes;
        this.sequence = sequence;
        this.concurrentIndexes = concurrentIndexes;
        this.oneOffDefaults = oneOffDefaults;
    }

    /**
     * Appends the operations for {@code changes} to the sequence (which is at the source schema, renames
     * applied); with {@code concurrentIndexes}, indexes created on or dropped from tables that exist on
     * both sides use the non-transactional lane (tables created here carry theirs in {@code createTable});
     * a column with a one-off default is added with it as server default, dropped right after.
     */
    static void plan(Changes changes, OperationSequence sequence, boolean concurrentIndexes, OneOffDefaults oneOffDefaults) {
        new Planner(changes, sequence, concurrentIndexes, oneOffDefaults).plan();
    }

    private void plan() {
        Map<TableChanges, List<ForeignKey>> disturbed = new LinkedHashMap<>();
        changes.tables().forEach(t -> disturbed.put(t, disturbedForeignKeys(t)));
        Map<TableChanges, List<CheckConstraint>> staleChecks = new LinkedHashMap<>();
        changes.tables().forEach(t -> staleChecks.put(t, checksOnDroppedColumns(t)));

        for (TableChanges t : changes.tables()) {
            t.foreignKeys().toDrop().forEach(fk -> dropConstraint(t, fk.name(), ConstraintKind.FOREIGN_KEY));
            disturbed.get(t).forEach(fk -> dropConstraint(t, fk.name(), ConstraintKind.FOREIGN_KEY));
        }
        dropTables();
        for (TableChanges t : changes.tables()) {
            t.indexesToDrop().forEach(ix -> sequence.add(new DropIndex(t.name(), ix.name(), null, concurrentIndexes)));
            t.uniquesToDrop().forEach(uq -> dropConstraint(t, uq.name(), ConstraintKind.UNIQUE));
            t.checks().toDrop().forEach(ck -> dropConstraint(t, ck.name(), ConstraintKind.CHECK));
            staleChecks.get(t).forEach(ck -> dropConstraint(t, ck.name(), ConstraintKind.CHECK));
            if (t.primaryKey() != null && t.primaryKey().before() != null && !t.primaryKeyRenamed()) {
                dropConstraint(t, t.primaryKey().before().name(), ConstraintKind.PRIMARY_KEY);
            }
        }
        for (TableChanges t : changes.tables()) {
            t.droppedColumns().forEach(c -> sequence.add(new DropColumn(t.name(), c.name(), null)));
        }
        for (TableChanges t : changes.tables()) {
            t.addedColumns().forEach(c -> addColumn(t, c));
        }
        for (TableChanges t : changes.tables()) {
            t.changedColumns().stream().filter(ColumnChange::alters).forEach(c -> sequence.add(alter(t, c)));
        }
        for (TableChanges t : changes.tables()) {
            rename(t);
        }
        for (TableChanges t : changes.tables()) {
            if (t.primaryKey() != null && t.primaryKey().after() != null && !t.primaryKeyRenamed()) {
                sequence.add(new CreatePrimaryKey(t.name(), t.primaryKey().after()));
            }
            t.uniquesToCreate().forEach(uq -> sequence.add(new CreateUniqueConstraint(t.name(), uq)));
        }
        List<ForeignKey> deferred = new ArrayList<>();
        List<Table> deferredOwners = new ArrayList<>();
        createTables(deferred, deferredOwners);
        for (TableChanges t : changes.tables()) {
            t.indexesToCreate().forEach(ix -> sequence.add(new CreateIndex(t.name(), ix, concurrentIndexes)));
            t.checks().toCreate().forEach(ck -> sequence.add(new CreateCheckConstraint(t.name(), ck)));
            staleChecks.get(t).forEach(ck -> sequence.add(new CreateCheckConstraint(t.name(), afterCheck(t, ck))));
        }
        for (TableChanges t : changes.tables()) {
            t.foreignKeys().toCreate().forEach(fk -> sequence.add(new CreateForeignKey(t.name(), fk)));
            disturbed.get(t).forEach(fk -> sequence.add(new CreateForeignKey(t.name(), afterKey(t, fk))));
        }
        for (int i = 0; i < deferred.size(); i++) {
            sequence.add(new CreateForeignKey(deferredOwners.get(i).name(), deferred.get(i)));
        }
    }

    /** Adds the column; with a one-off default, as its server default (filling the rows there are), then drops that. */
    private void addColumn(TableChanges t, Column c) {
        ServerDefault oneOff = oneOffDefaults.of(t, c);
        if (oneOff == null) {
            sequence.add(new AddColumn(t.name(), c));
            return;
        }
        sequence.add(new AddColumn(t.name(), c.withDefault(oneOff)));
        sequence.add(new AlterColumn(t.name(), c.name(), null, null, null, new DefaultChange(null), null));
    }

    private void rename(TableChanges t) {
        if (t.primaryKeyRenamed()) {
            sequence.add(new RenameConstraint(t.name(), t.primaryKey().before().name(), t.primaryKey().after().name(),
                    ConstraintKind.PRIMARY_KEY));
        }
        t.renamedUniques().forEach(r -> sequence.add(new RenameConstraint(t.name(), r.before().name(), r.after().name(),
                ConstraintKind.UNIQUE)));
        t.renamedIndexes().forEach(r -> sequence.add(new RenameIndex(t.name(), r.before().name(), r.after().name())));
    }

    private void dropConstraint(TableChanges t, String name, ConstraintKind kind) {
        sequence.add(new DropConstraint(t.name(), name, kind, null));
    }

    private void dropTables() {
        TableOrder order = TableOrder.of(changes.droppedTables());
        for (Table table : order.tables()) {
            for (ForeignKey fk : table.foreignKeys()) {
                if (order.isForward(table, fk)) {
                    sequence.add(new DropConstraint(table.name(), fk.name(), ConstraintKind.FOREIGN_KEY, null));
                }
            }
        }
        order.reversed().forEach(t -> sequence.add(DropTable.named(t.name())));
    }

    private void createTables(List<ForeignKey> deferred, List<Table> owners) {
        TableOrder order = TableOrder.of(changes.addedTables());
        for (Table table : order.tables()) {
            List<ForeignKey> inline = new ArrayList<>();
            for (ForeignKey fk : table.foreignKeys()) {
                if (order.isForward(table, fk)) {
                    deferred.add(fk);
                    owners.add(table);
                } else {
                    inline.add(fk);
                }
            }
            sequence.add(new CreateTable(new Table(table.name(), table.columns(), table.primaryKey(), inline,
                    table.uniqueConstraints(), table.indexes(), table.checks())));
        }
    }

    private static AlterColumn alter(TableChanges t, ColumnChange c) {
        Column after = c.after();
        return new AlterColumn(t.name(), c.before().name(), null, c.type() ? after.type() : null,
                c.nullable() ? c.nullableAfter() : null,
                c.serverDefault() ? new DefaultChange(after.serverDefault()) : null, null);
    }

    /**
     * Unchanged foreign keys of the table that must still be dropped and re-created: a column on
     * either side changes type (MariaDB refuses that under a key), or the referenced table's primary
     * key or the unique constraint or index the key relies on is dropped or changed.
     */
    private List<ForeignKey> disturbedForeignKeys(TableChanges t) {
        List<ForeignKey> result = new ArrayList<>();
        for (ForeignKey fk : t.before().foreignKeys()) {
            boolean kept = t.after().foreignKeys().stream().anyMatch(a -> a.name().equalsIgnoreCase(fk.name())
                    && Equivalence.sameForeignKey(fk, a));
            if (kept && (fk.columns().stream().anyMatch(t::typeChanges) || referencedSideChanges(fk))) {
                result.add(fk);
            }
        }
        return result;
    }

    private boolean referencedSideChanges(ForeignKey fk) {
        TableChanges r = changes.of(fk.referencedTable());
        if (r == null) {
            return false;
        }
        if (fk.referencedColumns().stream().anyMatch(r::typeChanges)) {
            return true;
        }
        if (r.primaryKey() != null && r.primaryKey().before() != null && !r.primaryKeyRenamed()) {
            return true;
        }
        boolean uniqueGoes = r.uniquesToDrop().stream()
                .anyMatch(u -> Equivalence.sameColumns(u.columns(), fk.referencedColumns()));
        boolean indexGoes = r.indexesToDrop().stream()
                .anyMatch(ix -> ix.unique() && Equivalence.sameColumns(ix.columns(), fk.referencedColumns()));
        return uniqueGoes || indexGoes;
    }

    /** Unchanged checks whose text mentions a dropped column: dropping the column would take them along. */
    private static List<CheckConstraint> checksOnDroppedColumns(TableChanges t) {
        return t.before().checks().stream()
                .filter(ck -> t.after().checks().stream().anyMatch(a -> a.name().equalsIgnoreCase(ck.name())
                        && Equivalence.sameCheck(ck, a)))
                .filter(ck -> t.droppedColumns().stream().anyMatch(c -> Equivalence.mentions(ck.expression(), c.name())))
                .toList();
    }

    private static CheckConstraint afterCheck(TableChanges t, CheckConstraint before) {
        return t.after().checks().stream().filter(a -> a.name().equalsIgnoreCase(before.name())).findFirst().orElseThrow();
    }

    private static ForeignKey afterKey(TableChanges t, ForeignKey before) {
        return t.after().foreignKeys().stream().filter(a -> a.name().equalsIgnoreCase(before.name())).findFirst().orElseThrow();
    }
}
