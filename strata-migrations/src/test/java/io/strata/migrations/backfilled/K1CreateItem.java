package io.strata.migrations.backfilled;

import static io.strata.migrations.schema.ColumnType.bigint;
import static io.strata.migrations.schema.ColumnType.integer;
import static io.strata.migrations.schema.ColumnType.varchar;

import io.strata.migrations.operations.Ops;
import io.strata.migrations.revision.Migration;
import io.strata.migrations.revision.Revision;

/** The table the next revision backfills; {@code stock} is what a test's load writes meanwhile. */
@Revision(id = "k1", message = "create item")
public final class K1CreateItem implements Migration {

    @Override
    public void upgrade(Ops ops) {
        ops.createTable("item", t -> t
                .column("id", bigint(), c -> c.notNull())
                .column("n", integer(), c -> c.notNull().serverDefault("0"))
                .column("stock", integer(), c -> c.notNull().serverDefault("0"))
                .column("title", varchar(40))
                .primaryKey("pk_item", "id"));
    }

    @Override
    public void downgrade(Ops ops) {
        ops.dropTable("item");
    }
}
