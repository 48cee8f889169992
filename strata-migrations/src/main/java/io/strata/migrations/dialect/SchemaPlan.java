package io.strata.migrations.dialect;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import io.strata.migrations.operations.ConstraintKind;
import io.strata.migrations.operations.CreateForeignKey;
import io.strata.migrations.operations.CreateTable;
import io.strata.migrations.operations.DropConstraint;
import io.strata.migrations.operations.DropTable;
import io.strata.migrations.operations.Operation;
import io.strata.migrations.schema.ForeignKey;
import io.strata.migrations.schema.Schema;
import io.strata.migrations.schema.Table;

/**
 * The operations that create or drop a whole schema on one dialect, in an order that works with
 * foreign keys enforced, cycles included.
 *
 * <pre>{@code
 * SchemaPlan plan = SchemaPlan.of(dialect);
 * List<String> sql = dialect.renderAll(plan.createAll(schema), Schema.empty());
 * }</pre>
 */
public final class SchemaPlan {

    private final Dialect dialect;

    private SchemaPlan(Dialect dialect) {
        this.dialect = Objects.requireNonNull(dialect, "dialect");
    }

    /** The plan for this dialect. */
    public static SchemaPlan of(Dialect dialect) {
        return new SchemaPlan(dialect);
    }

    /**
     * Creates every table, referenced tables first; foreign keys that reference a table created later
     * (cycles) become separate {@code createForeignKey} operations after all tables, except on
     * dialects that accept forward references ({@link Dialect#forwardForeignKeys()}).
     */
    public List<Operation> createAll(Schema schema) {
        Ordering order = Ordering.of(schema);
        List<Operation> tables = new ArrayList<>();
        List<Operation> laterKeys = new ArrayList<>();
        for (Table table : order.tables()) {
            if (dialect.forwardForeignKeys()) {
                tables.add(new CreateTable(table));
                continue;
            }
            List<ForeignKey> inline = new ArrayList<>();
            for (ForeignKey fk : table.foreignKeys()) {
                if (order.isForward(table, fk)) {
                    laterKeys.add(new CreateForeignKey(table.name(), fk));
                } else {
                    inline.add(fk);
                }
            }
            tables.add(new CreateTable(new Table(table.name(), table.columns(), table.primaryKey(), inline,
                    table.uniqueConstraints(), table.indexes(), table.checks())));
        }
        tables.addAll(laterKeys);
        return tables;
    }

    /**
     * Drops every table, referencing tables first; foreign keys that would still point at an
     * already dropped table (cycles) are dropped before any table, except on dialects that need not
     * ({@link Dialect#forwardForeignKeys()}; run those statements in one transaction). Each operation
     * carries the definition it drops, so the list reverses.
     */
    public List<Operation> dropAll(Schema schema) {
        Ordering order = Ordering.of(schema);
        List<Operation> ops = new ArrayList<>();
        Schema current = schema;
        if (!dialect.forwardForeignKeys()) {
            for (Table table : order.tables()) {
                for (ForeignKey fk : table.foreignKeys()) {
                    if (order.isForward(table, fk)) {
                        current = add(ops, new DropConstraint(table.name(), fk.name(), ConstraintKind.FOREIGN_KEY, null), current);
                    }
                }
            }
        }
        List<Table> reversed = new ArrayList<>(order.tables());
        java.util.Collections.reverse(reversed);
        for (Table table : reversed) {
            current = add(ops, DropTable.named(table.name()), current);
        }
        return ops;
    }

    private static Schema add(List<Operation> ops, Operation op, Schema current) {
        Operation complete = op.completedFrom(current);
        ops.add(complete);
        return complete.applyTo(current);
    }

    /** Tables ordered referenced-first; a foreign key to a table at or after its own position is "forward". */
    private record Ordering(List<Table> tables, List<String> keys) {

        static Ordering of(Schema schema) {
            List<Table> remaining = new ArrayList<>(schema.tables());
            List<Table> ordered = new ArrayList<>();
            Set<String> placed = new LinkedHashSet<>();
            while (!remaining.isEmpty()) {
                Table next = remaining.stream().filter(t -> dependsOnlyOn(t, placed, schema)).findFirst()
                        .orElse(remaining.get(0)); // a cycle: break it at the first table in declaration order
                remaining.remove(next);
                ordered.add(next);
                placed.add(key(next.name()));
            }
            return new Ordering(ordered, new ArrayList<>(placed));
        }

        private static boolean dependsOnlyOn(Table t, Set<String> placed, Schema schema) {
            return t.foreignKeys().stream().map(fk -> key(fk.referencedTable()))
                    .allMatch(ref -> ref.equals(key(t.name())) || placed.contains(ref) || schema.table(ref).isEmpty());
        }

        boolean isForward(Table table, ForeignKey fk) {
            int own = keys.indexOf(key(table.name()));
            int referenced = keys.indexOf(key(fk.referencedTable()));
            return referenced > own;
        }

        private static String key(String name) {
            return name.toLowerCase(Locale.ROOT);
        }
    }
}
