package io.strata.migrations.writer.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import io.strata.migrations.diff.DiffOptions;
import io.strata.migrations.diff.SchemaDiff;
import io.strata.migrations.dialect.internal.ColumnCopy;
import io.strata.migrations.names.NameFitting;
import io.strata.migrations.operations.AddColumn;
import io.strata.migrations.operations.AlterColumn;
import io.strata.migrations.operations.CompatibilityClassifier;
import io.strata.migrations.operations.CreateTable;
import io.strata.migrations.operations.DefaultChange;
import io.strata.migrations.operations.DropColumn;
import io.strata.migrations.operations.Operation;
import io.strata.migrations.revision.PlaceholderNotFilledException;
import io.strata.migrations.schema.Column;
import io.strata.migrations.schema.ColumnType;
import io.strata.migrations.schema.Schema;
import io.strata.migrations.schema.Table;

/**
 * Splits a diff into an expand half (compatible: old replicas keep serving once it runs) and a
 * contract half (what breaks them: drops, NOT NULL, the end of a rename or a type change), rewriting
 * the breaking changes old and new code cannot share into both halves:
 * <ul>
 * <li>rename column: expand adds the new column (nullable) and copies the old one into it, and keeps
 * both written (triggers, or the application); contract drops the old column and sets NOT NULL;</li>
 * <li>type change: expand adds a shadow column of the new type filled with the converted values, kept in
 * step; contract drops the column and renames the shadow to its name;</li>
 * <li>NOT NULL column added to a table that has rows, and nullable made NOT NULL: expand adds it
 * nullable and fills it; contract fills the rows old code wrote meanwhile and sets NOT NULL.</li>
 * </ul>
 */
public final class ExpandContractSplit {

    private static final String CATCH_UP = "rows old code wrote since the expand";

    private final SchemaDiff diff;
    private final Halves halves = new Halves();
    private final Set<String> newTables = new HashSet<>();
    private final Set<String> shadows = new HashSet<>();

    private ExpandContractSplit(SchemaDiff diff) {
        this.diff = diff;
    }

    /** The two halves of the diff's upgrade (the contract half is empty when nothing breaks old replicas). */
    public static Halves of(SchemaDiff diff) {
        ExpandContractSplit split = new ExpandContractSplit(diff);
        Schema schema = diff.from();
        for (Operation op : diff.upgradeOperations()) {
            Operation done = op.completedFrom(schema);
            split.route(done, schema);
            schema = done.applyTo(schema);
        }
        return split.halves;
    }

    private void route(Operation op, Schema before) {
        if (op instanceof CreateTable create) {
            newTables.add(key(create.table().name()));
        }
        String table = tableOf(op);
        if (table != null && newTables.contains(key(table))
                || CompatibilityClassifier.classify(List.of(op), before).isCompatible()) {
            plain(halves.expand(), op, before);
            return;
        }
        if (op instanceof AlterColumn alter && alter.existing() != null && !keyed(before, alter)) {
            Column old = alter.existing();
            Column target = alter.alter(old);
            if (alter.renames()) {
                rename(alter.table(), old, target);
                return;
            }
            if (alter.type() != null) {
                retype(alter.table(), old, target);
                return;
            }
            if (Boolean.FALSE.equals(alter.nullable()) && old.nullable()) {
                tighten(alter, old, target);
                return;
            }
        }
        if (op instanceof AddColumn add && !add.column().nullable() && add.column().serverDefault() == null) {
            addNotNull(add);
            return;
        }
        halves.contract().reason(CompatibilityClassifier.classify(List.of(op), before).reason());
        plain(halves.contract(), op, before);
    }

    /** An operation that stays as it is, with its reverse as its undoing (or a TODO where it has none). */
    private void plain(Halves.Half half, Operation op, Schema before) {
        List<String> comments = new ArrayList<>();
        if (op instanceof AddColumn add && add.column().serverDefault() != null) {
            diff.oneOffDefaults().stream().filter(d -> d.table().equalsIgnoreCase(add.table())
                    && d.column().equalsIgnoreCase(add.column().name())).findFirst().ifPresent(d -> comments.add(
                    "ONE-OFF DEFAULT: " + d.sql() + " fills the existing rows and old code's inserts; the contract drops it"));
        }
        if (op.losesData()) {
            comments.add("DATA LOSS: " + op.getClass().getSimpleName() + " on " + tableOf(op) + " destroys data");
        }
        Optional<Operation> reverse = op.reverse();
        if (reverse.isEmpty()) {
            half.note("TODO: write the downgrade of " + op.getClass().getSimpleName() + " on " + tableOf(op) + " by hand");
        }
        half.add(op, comments, reverse.map(r -> List.of(new Step(r, List.of()))).orElse(List.of()));
    }

    private void rename(String table, Column old, Column target) {
        String from = old.name();
        String to = target.name();
        Halves.Half expand = halves.expand();
        Halves.Half contract = halves.contract();
        ColumnType conversion = old.type().equals(target.type()) ? null : target.type();
        ColumnType back = conversion == null ? null : old.type();
        ColumnCopy forward = new ColumnCopy(triggerName(table, from, to), table, from, to, conversion);
        ColumnCopy backward = new ColumnCopy(triggerName(table, to, from), table, to, from, back);
        relaxForNewCode(table, old, "new code no longer writes " + from + "; it is filled from " + to);
        Column added = target.withNullable(true);
        expand.add(new AddColumn(table, added), List.of("EXPAND: " + to + " replaces " + table + "." + from
                + "; nullable until the contract, as old code does not write it"), steps(new DropColumn(table, to, added)));
        // The copies start before the backfill: a row written while it runs is copied, none is missed.
        dualWrite(expand, List.of(forward, backward), "old code writes " + from + " and new code writes " + to,
                "the application must write both " + from + " and " + to + " on every insert and update of " + table
                        + " until the contract runs; the contract copies into " + to + " the rows old code inserted meanwhile");
        expand.add(steps(DatabaseSql.backfillCopy(existing(table), from, to, conversion, "{to} IS NULL"),
                "BACKFILL: copies " + from + " into " + to + " for the existing rows"),
                steps(DatabaseSql.copy(table, to, from, back, "{to} IS NULL", false), "rows new code inserted get " + from));
        expand.reason("renames column " + table + "." + from + " to " + to);
        expand.note("Old code (reads and writes " + from + ") and new code (reads and writes " + to + ") both serve once this runs.");

        contract.reason("column " + table + "." + from + " (renamed to " + to + ")");
        dropCopies(contract, List.of(forward, backward));
        contract.add(steps(DatabaseSql.copy(table, from, to, conversion, "{to} IS NULL AND {from} IS NOT NULL", true),
                "CATCH-UP where the application kept the copy: " + CATCH_UP), List.of());
        contract.add(new DropColumn(table, from, old.withNullable(true)),
                List.of("CONTRACT: only code that uses " + to + " may serve once this runs"),
                withFirst(new AddColumn(table, old.withNullable(true)),
                        steps(DatabaseSql.copy(table, to, from, back, null, false), "restores " + from + " from " + to)));
        requireNotNull(contract, table, target, to);
    }

    private void retype(String table, Column old, Column target) {
        String column = old.name();
        String shadow = shadowName(table, column);
        Halves.Half expand = halves.expand();
        Halves.Half contract = halves.contract();
        ColumnCopy forward = new ColumnCopy(triggerName(table, column, shadow), table, column, shadow, target.type());
        Column added = target.withName(shadow).withNullable(true);
        expand.add(new AddColumn(table, added), List.of("EXPAND: " + shadow + " holds " + column + " as " + target.type()
                + " until the contract renames it to " + column + "; no code reads it"), steps(new DropColumn(table, shadow, added)));
        dualWrite(expand, List.of(forward), "old and new code write " + column + " (still " + old.type() + ")",
                "the application needs to do nothing more: " + shadow + " may lag, and the contract converts every row again");
        expand.add(steps(DatabaseSql.backfillCopy(existing(table), column, shadow, target.type(), null),
                "BACKFILL: converts " + column + " into " + shadow + " for the existing rows"), List.of());
        expand.reason("changes the type of " + table + "." + column + " to " + target.type());
        expand.note("Old and new code both use " + table + "." + column + " as " + old.type() + " until the contract: new"
                + " code must not write values that do not fit it.");

        contract.reason("column " + table + "." + column + " as " + old.type() + " (it becomes " + target.type() + ")");
        dropCopies(contract, List.of(forward));
        contract.add(steps(DatabaseSql.copy(table, column, shadow, target.type(), null, true),
                "CATCH-UP where the application kept no copy: converts every row again"), List.of());
        contract.add(new DropColumn(table, column, old), List.of("CONTRACT: drops " + column + " as " + old.type()
                + " and renames " + shadow + " to it; from here on " + column + " is " + target.type()
                + ": only new code may serve"), restore(table, shadow, old));
        Column renamed = target.withName(shadow).withNullable(true);
        contract.add(List.of(new Step(new AlterColumn(table, shadow, column, null, null, null, renamed), List.of())),
                steps(new AlterColumn(table, column, shadow, null, null, null, renamed.withName(column)),
                        new AddColumn(table, old.withNullable(true))));
        requireNotNull(contract, table, target, column);
    }

    /** Undoes the drop of a retyped column: fills it again from the shadow (re-added first) and restores NOT NULL. */
    private static List<Step> restore(String table, String shadow, Column old) {
        List<Step> down = new ArrayList<>(steps(DatabaseSql.copy(table, shadow, old.name(), old.type(), null, false),
                "restores " + old.name() + " from " + shadow));
        if (!old.nullable()) {
            down.add(new Step(new AlterColumn(table, old.name(), null, null, false, null, old.withNullable(true)), List.of()));
        }
        return down;
    }

    private static List<Step> withFirst(Operation first, List<Step> rest) {
        List<Step> all = new ArrayList<>();
        all.add(new Step(first, List.of()));
        all.addAll(rest);
        return all;
    }

    private void tighten(AlterColumn alter, Column old, Column target) {
        String table = alter.table();
        Halves.Half expand = halves.expand();
        if (alter.serverDefault() != null && alter.serverDefault().value() != null) {
            expand.add(new AlterColumn(table, old.name(), null, null, null, alter.serverDefault(), old),
                    List.of("EXPAND: rows old code inserts without " + old.name() + " get the default"),
                    steps(new AlterColumn(table, old.name(), null, null, null,
                            old.serverDefault() == null ? DefaultChange.drop() : DefaultChange.to(old.serverDefault()),
                            old.withDefault(alter.serverDefault().value()))));
        }
        fillThenRequire(table, target, "makes column " + table + "." + old.name() + " NOT NULL");
    }

    private void addNotNull(AddColumn add) {
        String table = add.table();
        Column target = add.column();
        Column added = target.withNullable(true);
        halves.expand().add(new AddColumn(table, added), List.of("EXPAND: nullable until the contract, as old code does not"
                + " write " + target.name()), steps(new DropColumn(table, target.name(), added)));
        fillThenRequire(table, target, "adds column " + table + "." + target.name());
    }

    /** Expand fills the NULLs of the column; contract fills those old code wrote since, then sets NOT NULL. */
    private void fillThenRequire(String table, Column target, String change) {
        String column = target.name();
        String value = fillValue(table, target);
        boolean placeholder = value.equals(PlaceholderNotFilledException.PLACEHOLDER);
        String fill = placeholder ? "TODO: replace " + PlaceholderNotFilledException.PLACEHOLDER + " (here and in the"
                + " contract revision) by the SQL value the existing rows get; the revision refuses to run until then"
                : "BACKFILL: the existing rows get " + value;
        halves.expand().add(steps(DatabaseSql.backfillNulls(existing(table), column, value), fill), List.of());
        halves.expand().reason(change);
        halves.expand().note("Old code does not write " + table + "." + column + ": rows it inserts get NULL"
                + (target.serverDefault() == null ? "" : " (or the default)") + " until the contract fills them.");
        Halves.Half contract = halves.contract();
        contract.reason("inserts without " + table + "." + column + " (it becomes NOT NULL)");
        contract.add(steps(DatabaseSql.fill(table, column, value), placeholder ? fill : "CATCH-UP: " + CATCH_UP + " get "
                + value), List.of());
        requireNotNull(contract, table, target, column);
    }

    private String fillValue(String table, Column target) {
        if (target.serverDefault() != null) {
            return target.serverDefault().sql();
        }
        return diff.oneOffDefaults().stream()
                .filter(d -> d.table().equalsIgnoreCase(table) && d.column().equalsIgnoreCase(target.name()))
                .map(DiffOptions.OneOffDefault::sql).findFirst().orElse(PlaceholderNotFilledException.PLACEHOLDER);
    }

    private void requireNotNull(Halves.Half contract, String table, Column target, String column) {
        if (target.nullable()) {
            return;
        }
        Column nullable = target.withName(column).withNullable(true);
        contract.add(new AlterColumn(table, column, null, null, false, null, nullable), List.of(),
                steps(new AlterColumn(table, column, null, null, true, null, nullable.notNull())));
    }

    /** Old code's column, NOT NULL, must take the inserts of new code that does not write it. */
    private void relaxForNewCode(String table, Column old, String why) {
        if (old.nullable()) {
            return;
        }
        halves.expand().add(new AlterColumn(table, old.name(), null, null, true, null, old), List.of("EXPAND: " + why),
                steps(new AlterColumn(table, old.name(), null, null, false, null, old.withNullable(true))));
    }

    private void dualWrite(Halves.Half expand, List<ColumnCopy> copies, String who, String application) {
        List<Step> create = new ArrayList<>();
        List<Step> drop = new ArrayList<>();
        for (ColumnCopy copy : copies) {
            create.addAll(steps(DatabaseSql.createTriggers(copy), null));
            drop.addAll(steps(DatabaseSql.dropTriggers(copy), null));
        }
        if (!create.isEmpty()) {
            Step first = create.get(0);
            List<String> comments = List.of("DUAL WRITE: " + who + "; on " + String.join(", ", DatabaseSql.withTriggers())
                    + " these triggers keep the columns in step",
                    "On " + String.join(", ", DatabaseSql.withoutTriggers()) + " (no SQL triggers) " + application);
            create.set(0, new Step(first.operation(), comments));
        }
        expand.add(create, drop);
    }

    private void dropCopies(Halves.Half contract, List<ColumnCopy> copies) {
        List<Step> drop = new ArrayList<>();
        List<Step> create = new ArrayList<>();
        for (ColumnCopy copy : copies) {
            drop.addAll(steps(DatabaseSql.dropTriggers(copy), null));
            create.addAll(steps(DatabaseSql.createTriggers(copy), null));
        }
        contract.add(drop, create);
    }

    private static String triggerName(String table, String from, String to) {
        return NameFitting.fit("trg_" + table + "_" + from + "_" + to, 56);
    }

    private String shadowName(String table, String column) {
        Table t = diff.to().table(table).orElse(null);
        String name = NameFitting.fit(column + "_new", 56);
        for (int i = 2; t != null && t.column(name).isPresent() || !shadows.add(key(table + "." + name)); i++) {
            name = NameFitting.fit(column + "_new" + i, 56);
        }
        return name;
    }

    private static boolean keyed(Schema before, AlterColumn alter) {
        Table t = before.table(alter.table()).orElse(null);
        if (t == null) {
            return true;
        }
        String c = alter.column();
        return t.primaryKey() != null && contains(t.primaryKey().columns(), c)
                || t.foreignKeys().stream().anyMatch(fk -> contains(fk.columns(), c))
                || t.uniqueConstraints().stream().anyMatch(u -> contains(u.columns(), c))
                || t.indexes().stream().anyMatch(ix -> contains(ix.columns(), c))
                || t.checks().stream().anyMatch(ck -> ck.expression().toLowerCase(Locale.ROOT).contains(c.toLowerCase(Locale.ROOT)));
    }

    private static boolean contains(List<String> columns, String column) {
        return columns.stream().anyMatch(column::equalsIgnoreCase);
    }

    /** The table as it was before the diff (the expand/contract rewrites apply to existing tables only). */
    private Table existing(String table) {
        return diff.from().table(table).orElseThrow(() -> new IllegalStateException("no table " + table + " before the diff"));
    }

    private static List<Step> steps(Operation... ops) {
        return java.util.Arrays.stream(ops).filter(java.util.Objects::nonNull).map(op -> new Step(op, List.of())).toList();
    }

    private static List<Step> steps(List<? extends Operation> ops, String comment) {
        List<Step> steps = new ArrayList<>();
        for (Operation op : ops) {
            steps.add(new Step(op, steps.isEmpty() && comment != null ? List.of(comment) : List.of()));
        }
        return steps;
    }

    private static String tableOf(Operation op) {
        return io.strata.migrations.safety.TableOf.of(op);
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
