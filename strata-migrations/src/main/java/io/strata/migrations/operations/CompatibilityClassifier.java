package io.strata.migrations.operations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.strata.migrations.diff.internal.CheckExpression;
import io.strata.migrations.diff.internal.TypeNarrowing;
import io.strata.migrations.schema.CheckConstraint;
import io.strata.migrations.schema.ColumnType;
import io.strata.migrations.schema.ColumnType.Kind;
import io.strata.migrations.schema.Schema;

/**
 * The one place that decides whether operations are compatible with code that does not know them.
 * Additive work is compatible; anything that removes, renames, narrows or constrains what exists, and
 * every opaque operation (SQL, callbacks, inserted rows), is breaking. Constraints and indexes on a
 * table created by the same operations are part of the new table, so compatible.
 *
 * <pre>{@code
 * Verdict verdict = CompatibilityClassifier.classify(revision.operations(Direction.UPGRADE), schemaBefore);
 * }</pre>
 */
public final class CompatibilityClassifier {

    private static final Set<Kind> INTEGERS = Set.of(Kind.SMALLINT, Kind.INTEGER, Kind.BIGINT);

    private CompatibilityClassifier() {
    }

    /**
     * The verdict of operations run in order on {@code before} (used to know an altered column's previous
     * type, a dropped index's uniqueness): breaking with every breaking reason, or compatible.
     */
    public static Verdict classify(List<Operation> operations, Schema before) {
        Set<String> newTables = new HashSet<>();
        Map<String, CheckConstraint> droppedChecks = new HashMap<>();
        List<String> breaking = new ArrayList<>();
        Schema schema = before;
        for (Operation op : operations) {
            Operation complete = op;
            try {
                complete = op.completedFrom(schema);
                schema = complete.applyTo(schema);
            } catch (RuntimeException e) {
                // What the schema does not say is judged from the operation alone.
            }
            String reason = complete.accept(new Judge(newTables, droppedChecks));
            if (reason != null) {
                breaking.add(reason);
            }
        }
        if (!breaking.isEmpty()) {
            return Verdict.breaking(String.join("; ", breaking));
        }
        return Verdict.compatible(operations.isEmpty() ? "no operations" : "additive only");
    }

    /** Whether a column of type {@code from} can become {@code to} with old code reading it as before. */
    static boolean widens(ColumnType from, ColumnType to) {
        if (TypeNarrowing.isNarrowing(from, to)) {
            return false;
        }
        return from.kind() == to.kind() || INTEGERS.contains(from.kind()) && INTEGERS.contains(to.kind())
                || from.kind() == Kind.FLOAT && to.kind() == Kind.DOUBLE
                || from.kind() == Kind.VARCHAR && to.kind() == Kind.TEXT;
    }

    /** Returns {@code null} for a compatible operation, else why it is breaking. */
    private record Judge(Set<String> newTables, Map<String, CheckConstraint> droppedChecks) implements OperationVisitor<String> {

        private boolean isNew(String table) {
            return newTables.contains(table.toLowerCase(Locale.ROOT));
        }

        private static String key(String table, String name) {
            return (table + "." + name).toLowerCase(Locale.ROOT);
        }

        @Override
        public String createTable(CreateTable op) {
            newTables.add(op.table().name().toLowerCase(Locale.ROOT));
            return null;
        }

        @Override
        public String dropTable(DropTable op) {
            return isNew(op.name()) ? null : "drops table " + op.name();
        }

        @Override
        public String renameTable(RenameTable op) {
            return "renames table " + op.from() + " to " + op.to();
        }

        @Override
        public String addColumn(AddColumn op) {
            boolean fillable = op.column().nullable() || op.column().serverDefault() != null || op.column().autoIncrement();
            return isNew(op.table()) || fillable ? null
                    : "adds NOT NULL column " + op.table() + "." + op.column().name() + " without a server default";
        }

        @Override
        public String dropColumn(DropColumn op) {
            return isNew(op.table()) ? null : "drops column " + op.table() + "." + op.column();
        }

        @Override
        public String alterColumn(AlterColumn op) {
            if (isNew(op.table())) {
                return null;
            }
            String column = op.table() + "." + op.column();
            List<String> reasons = new ArrayList<>();
            if (op.renames()) {
                reasons.add("renames column " + column + " to " + op.newName());
            }
            if (Boolean.FALSE.equals(op.nullable()) && (op.existing() == null || op.existing().nullable())) {
                reasons.add("makes column " + column + " NOT NULL");
            }
            if (op.serverDefault() != null && op.serverDefault().value() == null
                    && (op.existing() == null || op.existing().serverDefault() != null)) {
                reasons.add("drops the server default of " + column);
            }
            if (op.type() != null) {
                if (op.existing() == null) {
                    reasons.add("changes the type of " + column + " from an unknown type");
                } else if (!widens(op.existing().type(), op.type())) {
                    reasons.add("changes the type of " + column + " from " + op.existing().type().kind()
                            + " to " + op.type().kind() + " (not a widening)");
                }
            }
            return reasons.isEmpty() ? null : String.join("; ", reasons);
        }

        @Override
        public String createIndex(CreateIndex op) {
            return !op.index().unique() || isNew(op.table()) ? null
                    : "adds unique index " + op.index().name() + " to existing table " + op.table();
        }

        @Override
        public String dropIndex(DropIndex op) {
            if (isNew(op.table()) || op.previous() != null && !op.previous().unique()) {
                return null;
            }
            return "drops " + (op.previous() == null ? "index " : "unique index ") + op.name() + " on " + op.table();
        }

        @Override
        public String renameIndex(RenameIndex op) {
            return "renames index " + op.from() + " to " + op.to();
        }

        @Override
        public String createPrimaryKey(CreatePrimaryKey op) {
            return added(op.table(), "a primary key");
        }

        @Override
        public String createUniqueConstraint(CreateUniqueConstraint op) {
            return added(op.table(), "unique constraint " + op.unique().name());
        }

        @Override
        public String createForeignKey(CreateForeignKey op) {
            return added(op.table(), "foreign key " + op.foreignKey().name());
        }

        @Override
        public String createCheckConstraint(CreateCheckConstraint op) {
            // A check re-created under its name with more alternatives (an enum's new constant) rejects nothing old code writes.
            CheckConstraint dropped = droppedChecks.get(key(op.table(), op.check().name()));
            if (dropped != null && CheckExpression.loosens(dropped.expression(), op.check().expression())) {
                return null;
            }
            return added(op.table(), "check constraint " + op.check().name());
        }

        private String added(String table, String what) {
            return isNew(table) ? null : "adds " + what + " to existing table " + table;
        }

        @Override
        public String dropConstraint(DropConstraint op) {
            if (op.previous() instanceof CreateCheckConstraint check) {
                droppedChecks.put(key(op.table(), op.name()), check.check());
            }
            // Fewer foreign keys or checks reject nothing old code writes; a dropped key may be what it relies on.
            boolean relaxes = op.kind() == ConstraintKind.FOREIGN_KEY || op.kind() == ConstraintKind.CHECK;
            return isNew(op.table()) || relaxes ? null
                    : "drops " + (op.kind() == null ? "constraint " : op.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " ")
                    + op.name() + " on " + op.table();
        }

        @Override
        public String renameConstraint(RenameConstraint op) {
            return "renames constraint " + op.from() + " to " + op.to();
        }

        @Override
        public String execute(Execute op) {
            return "runs SQL Strata cannot judge";
        }

        @Override
        public String bulkInsert(BulkInsert op) {
            return "inserts rows into " + op.table();
        }

        @Override
        public String runCallback(RunCallback op) {
            return "runs Java code (" + op.description() + ")";
        }

        @Override
        public String backfill(Backfill op) {
            return null; // fills existing columns; old code neither reads nor writes anything new
        }
    }
}
