package io.strata.benchmarks;

import static io.strata.migrations.schema.ColumnType.bigint;
import static io.strata.migrations.schema.ColumnType.decimal;
import static io.strata.migrations.schema.ColumnType.timestamp;
import static io.strata.migrations.schema.ColumnType.varchar;

import java.util.ArrayList;
import java.util.List;

import io.strata.migrations.graph.RevisionNode;
import io.strata.migrations.operations.Ops;
import io.strata.migrations.revision.Migration;
import io.strata.migrations.revision.MigrationRevision;
import io.strata.migrations.revision.RevisionSet;

/**
 * The revisions every benchmark runs, generated in code rather than written as source files: a
 * straight chain {@code r0001 → r0002 → …}, where revision {@code i} creates table {@code t000i}
 * with an id primary key, three data columns, an index on {@code name} and (from the second one
 * on) a {@code parent_id} foreign key to the previous revision's table.
 *
 * <pre>{@code
 * RevisionSet revisions = BenchRevisions.chain(500);   // head r0500
 * }</pre>
 */
public final class BenchRevisions {

    private BenchRevisions() {
    }

    /** The id of revision {@code i} (from 1): {@code r0001}. */
    public static String id(int i) {
        return String.format("r%04d", i);
    }

    /** The table revision {@code i} creates: {@code t0001}. */
    public static String table(int i) {
        return String.format("t%04d", i);
    }

    /** The first {@code count} revisions of the chain, validated into a set (graph built once). */
    public static RevisionSet chain(int count) {
        return RevisionSet.of(revisions(count));
    }

    /** The first {@code count} revisions of the chain, oldest first. */
    public static List<MigrationRevision> revisions(int count) {
        if (count < 1 || count > 9999) {
            throw new IllegalArgumentException("count must be 1..9999, was " + count);
        }
        List<MigrationRevision> revisions = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            RevisionNode node = i == 1 ? RevisionNode.of(id(i)) : RevisionNode.of(id(i), id(i - 1));
            revisions.add(MigrationRevision.of(node.withMessage("create " + table(i)), new CreateTable(i)));
        }
        return revisions;
    }

    /** Revision {@code i}: creates its table, or drops it on downgrade. */
    private static final class CreateTable implements Migration {

        private final int i;

        CreateTable(int i) {
            this.i = i;
        }

        @Override
        public void upgrade(Ops ops) {
            String name = table(i);
            ops.createTable(name, t -> {
                t.column("id", bigint(), c -> c.notNull())
                        .column("name", varchar(100), c -> c.notNull())
                        .column("amount", decimal(10, 2))
                        .column("created_at", timestamp())
                        .primaryKey("pk_" + name, "id")
                        .index("ix_" + name + "_name", "name");
                if (i > 1) {
                    String previous = table(i - 1);
                    t.column("parent_id", bigint())
                            .foreignKey("fk_" + name + "_parent_id_" + previous, "parent_id", previous, "id");
                }
            });
        }

        @Override
        public void downgrade(Ops ops) {
            ops.dropTable(table(i));
        }
    }
}
