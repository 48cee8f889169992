package io.strata.migrations.resumable;

import static io.strata.migrations.schema.ColumnType.bigint;
import static io.strata.migrations.schema.ColumnType.varchar;

import io.strata.migrations.operations.Ops;
import io.strata.migrations.revision.Migration;
import io.strata.migrations.revision.Revision;

/**
 * Creates a table and an index, pauses for {@code strata.test.pauseMillis} (announcing it on standard
 * output, so that a test can kill the process there), then adds a column.
 */
@Revision(id = "r1", message = "create store")
public final class R1CreateStore implements Migration {

    /** Printed when the pause starts. */
    public static final String MARKER = "STRATA-TEST-PAUSING-IN-R1";

    @Override
    public void upgrade(Ops ops) {
        ops.createTable("store", t -> t
                .column("id", bigint(), c -> c.notNull())
                .column("name", varchar(100), c -> c.notNull())
                .primaryKey("pk_store", "id"));
        ops.createIndex("ix_store_name", "store", "name");
        ops.run("pause", connection -> {
            long millis = Long.getLong("strata.test.pauseMillis", 0);
            if (millis > 0) {
                System.out.println(MARKER);
                System.out.flush();
                try {
                    Thread.sleep(millis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        ops.addColumn("store", "city", varchar(100));
    }

    @Override
    public void downgrade(Ops ops) {
        ops.dropTable("store");
    }
}
