package io.strata.migrations.backfilled;

import static io.strata.migrations.schema.ColumnType.varchar;

import java.time.Duration;

import io.strata.migrations.operations.Ops;
import io.strata.migrations.revision.Migration;
import io.strata.migrations.revision.Revision;

/**
 * Adds a column and backfills it, bumping every row's {@code n} (not idempotent: a row done twice shows
 * {@code n = 2}); batch size {@code strata.test.backfillBatch} (default 1000), pause between batches
 * {@code strata.test.pauseMillis} (default none).
 */
@Revision(id = "k2", parents = "k1", message = "bump items")
public final class K2BumpItems implements Migration {

    @Override
    public void upgrade(Ops ops) {
        ops.addColumn("item", "label", varchar(20));
        ops.backfill("item", b -> b
                .set("n", "n + 1")
                .set("label", "'bumped'")
                .batchSize(Integer.getInteger("strata.test.backfillBatch", 1000))
                .pause(Duration.ofMillis(Long.getLong("strata.test.pauseMillis", 0))));
    }

    @Override
    public void downgrade(Ops ops) {
        ops.dropColumn("item", "label");
    }
}
