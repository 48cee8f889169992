package io.strata.migrations.diff.internal;

import java.util.ArrayList;
import java.util.List;

import io.strata.migrations.diff.Difference;
import io.strata.migrations.diff.Difference.Change;
import io.strata.migrations.diff.Difference.ObjectKind;
import io.strata.migrations.operations.AlterColumn;
import io.strata.migrations.operations.Operation;
import io.strata.migrations.operations.RenameTable;
import io.strata.migrations.schema.CheckConstraint;
import io.strata.migrations.schema.Column;
import io.strata.migrations.schema.ForeignKey;
import io.strata.migrations.schema.Index;
import io.strata.migrations.schema.PrimaryKey;
import io.strata.migrations.schema.ReferentialAction;
import io.strata.migrations.schema.ServerDefault;
import io.strata.migrations.schema.Table;
import io.strata.migrations.schema.UniqueConstraint;

/** Turns renames and {@link Changes} into one {@link Difference} per fact that differs. */
final class Describer {

    private final List<Difference> lines = new ArrayList<>();

    private Describer() {
    }

    /** The differences, renames first, then added and dropped tables, then each changed table's details. */
    static List<Difference> describe(List<Operation> renames, Changes changes) {
        Describer d = new Describer();
        renames.forEach(d::rename);
        changes.addedTables().forEach(t -> d.add(Change.ADDED, ObjectKind.TABLE, t.name(), t.name(), ""));
        changes.droppedTables().forEach(t -> d.add(Change.REMOVED, ObjectKind.TABLE, t.name(), t.name(), ""));
        changes.tables().forEach(d::table);
        return List.copyOf(d.lines);
    }

    /** Only the differences no operation can carry out (auto-increment changes). */
    static List<Difference> unsupported(Changes changes) {
        Describer d = new Describer();
        for (TableChanges t : changes.tables()) {
            t.changedColumns().stream().filter(ColumnChange::autoIncrement).forEach(c -> d.autoIncrement(t, c));
        }
        return List.copyOf(d.lines);
    }

    private void add(Change change, ObjectKind kind, String table, String name, String detail) {
        lines.add(new Difference(change, kind, table, name, detail));
    }

    private void rename(Operation op) {
        if (op instanceof RenameTable r) {
            add(Change.RENAMED, ObjectKind.TABLE, r.to(), r.from(), " -> " + r.to());
        } else if (op instanceof AlterColumn a) {
            add(Change.RENAMED, ObjectKind.COLUMN, a.table(), a.column(), " -> " + a.newName());
        }
    }

    private void table(TableChanges t) {
        String table = t.after().name();
        t.addedColumns().forEach(c -> add(Change.ADDED, ObjectKind.COLUMN, table, c.name(), " " + column(c, t.after())));
        t.droppedColumns().forEach(c -> add(Change.REMOVED, ObjectKind.COLUMN, table, c.name(), ""));
        for (ColumnChange c : t.changedColumns()) {
            String name = c.after().name();
            if (c.type()) {
                add(Change.CHANGED, ObjectKind.COLUMN, table, name, c.before().type() + " -> " + c.after().type()
                        + " (narrowing? " + (TypeNarrowing.isNarrowing(c.before().type(), c.after().type()) ? "yes" : "no") + ")");
            }
            if (c.nullable()) {
                add(Change.CHANGED, ObjectKind.COLUMN, table, name, c.nullableAfter() ? "not null -> nullable" : "nullable -> not null");
            }
            if (c.serverDefault()) {
                add(Change.CHANGED, ObjectKind.COLUMN, table, name, "default " + sql(c.before().serverDefault())
                        + " -> " + sql(c.after().serverDefault()));
            }
            if (c.autoIncrement()) {
                autoIncrement(t, c);
            }
        }
        if (t.primaryKey() != null) {
            primaryKey(table, t.primaryKey().before(), t.primaryKey().after());
        }
        delta(table, ObjectKind.FOREIGN_KEY, t.foreignKeys(), ForeignKey::name, Describer::foreignKey);
        delta(table, ObjectKind.UNIQUE, t.uniques(), UniqueConstraint::name, u -> columns(u.columns()));
        delta(table, ObjectKind.INDEX, t.indexes(), Index::name, ix -> (ix.unique() ? "unique " : "") + columns(ix.columns()));
        delta(table, ObjectKind.CHECK, t.checks(), CheckConstraint::name, ck -> "(" + ck.expression() + ")");
    }

    private void autoIncrement(TableChanges t, ColumnChange c) {
        add(Change.CHANGED, ObjectKind.COLUMN, t.after().name(), c.after().name(), "autoincrement "
                + (c.before().autoIncrement() ? "yes" : "no") + " -> " + (c.after().autoIncrement() ? "yes" : "no")
                + " (no operation changes it: write that step of the revision by hand)");
    }

    private void primaryKey(String table, PrimaryKey before, PrimaryKey after) {
        if (before == null) {
            add(Change.ADDED, ObjectKind.PRIMARY_KEY, table, after.name(), " " + columns(after.columns()));
        } else if (after == null) {
            add(Change.REMOVED, ObjectKind.PRIMARY_KEY, table, before.name(), "");
        } else {
            add(Change.CHANGED, ObjectKind.PRIMARY_KEY, table, after.name(), before.name() + " " + columns(before.columns())
                    + " -> " + after.name() + " " + columns(after.columns()));
        }
    }

    private <T> void delta(String table, ObjectKind kind, Delta<T> delta, java.util.function.Function<T, String> name,
            java.util.function.Function<T, String> definition) {
        delta.removed().forEach(x -> add(Change.REMOVED, kind, table, name.apply(x), ""));
        delta.changed().forEach(c -> add(Change.CHANGED, kind, table, name.apply(c.after()),
                definition.apply(c.before()) + " -> " + definition.apply(c.after())));
        delta.added().forEach(x -> add(Change.ADDED, kind, table, name.apply(x), " " + definition.apply(x)));
    }

    private static String column(Column c, Table t) {
        return c.type() + (Equivalence.effectiveNullable(c, t) ? "" : " not null")
                + (c.serverDefault() == null ? "" : " default " + c.serverDefault().sql())
                + (c.autoIncrement() ? " autoincrement" : "");
    }

    private static String foreignKey(ForeignKey fk) {
        return columns(fk.columns()) + " references " + fk.referencedTable() + " " + columns(fk.referencedColumns())
                + (fk.onDelete() == ReferentialAction.NO_ACTION ? "" : " on delete " + fk.onDelete().sql())
                + (fk.onUpdate() == ReferentialAction.NO_ACTION ? "" : " on update " + fk.onUpdate().sql());
    }

    private static String columns(List<String> names) {
        return "(" + String.join(", ", names) + ")";
    }

    private static String sql(ServerDefault d) {
        return d == null ? "none" : d.sql();
    }
}
