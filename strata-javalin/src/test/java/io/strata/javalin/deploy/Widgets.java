package io.strata.javalin.deploy;

import static io.strata.migrations.schema.ColumnType.bigint;
import static io.strata.migrations.schema.ColumnType.varchar;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.strata.migrations.operations.Ops;
import io.strata.migrations.revision.Migration;
import io.strata.migrations.revision.Revision;
import io.strata.migrations.revision.RevisionSet;

/** Three builds of one application for rolling-deploy tests: r1 creates a table, r2 adds a nullable column, r3 drops one. */
public final class Widgets {

    /** The oldest build. */
    public static final RevisionSet R1 = RevisionSet.ofClasses(W1.class);
    /** The build with an additive revision. */
    public static final RevisionSet R2 = RevisionSet.ofClasses(W1.class, W2.class);
    /** The build with a breaking revision. */
    public static final RevisionSet R3 = RevisionSet.ofClasses(W1.class, W2.class, W3.class);
    /** The build whose breaking revision is a contract revision (w3c), which waits for the operator. */
    public static final RevisionSet CONTRACT = RevisionSet.ofClasses(W1.class, W2.class, W3Contract.class);
    /** The oldest build plus a revision that waits for {@link #RELEASE} (a long migration). */
    public static final RevisionSet SLOW = RevisionSet.ofClasses(W1.class, Slow.class);

    /** Opened by a test to let {@link Slow} finish. */
    public static final CountDownLatch RELEASE = new CountDownLatch(1);
    /** Opens when {@link Slow} began. */
    public static final CountDownLatch STARTED = new CountDownLatch(1);

    private Widgets() {
    }

    @Revision(id = "w1", message = "create widget")
    public static final class W1 implements Migration {
        @Override
        public void upgrade(Ops ops) {
            ops.createTable("widget", t -> t.column("id", bigint(), c -> c.notNull()).column("note", varchar(50))
                    .primaryKey("pk_widget", "id"));
        }

        @Override
        public void downgrade(Ops ops) {
            ops.dropTable("widget");
        }
    }

    @Revision(id = "w2", parents = "w1", message = "add color")
    public static final class W2 implements Migration {
        @Override
        public void upgrade(Ops ops) {
            ops.addColumn("widget", "color", varchar(20));
        }

        @Override
        public void downgrade(Ops ops) {
            ops.dropColumn("widget", "color");
        }
    }

    @Revision(id = "w3", parents = "w2", message = "drop note")
    public static final class W3 implements Migration {
        @Override
        public void upgrade(Ops ops) {
            ops.dropColumn("widget", "note");
        }

        @Override
        public void downgrade(Ops ops) {
            ops.addColumn("widget", "note", varchar(50));
        }
    }

    @Revision(id = "ws", parents = "w1", message = "a long migration", compatible = "waits, changes nothing")
    public static final class Slow implements Migration {
        @Override
        public void upgrade(Ops ops) {
            ops.run("wait for the test", c -> {
                STARTED.countDown();
                try {
                    if (!RELEASE.await(30, TimeUnit.SECONDS)) {
                        throw new IllegalStateException("the test never released the migration");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            });
        }

        @Override
        public void downgrade(Ops ops) {
            // nothing to undo
        }
    }

    @Revision(id = "w3c", parents = "w2", message = "drop note (contract)", contract = "column widget.note")
    public static final class W3Contract implements Migration {
        @Override
        public void upgrade(Ops ops) {
            ops.dropColumn("widget", "note");
        }

        @Override
        public void downgrade(Ops ops) {
            ops.addColumn("widget", "note", varchar(50));
        }
    }
}
