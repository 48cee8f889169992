package io.strata.testing.migrations.samples.good;

import static io.strata.migrations.schema.ColumnType.bigint;
import static io.strata.migrations.schema.ColumnType.varchar;

import io.strata.migrations.operations.Ops;
import io.strata.migrations.revision.Migration;
import io.strata.migrations.revision.Revision;

@Revision(id = "a1", parents = {}, message = "create shelf", created = "2026-12-01T10:00:00Z")
public final class R1CreateShelf implements Migration {

    @Override
    public void upgrade(Ops ops) {
        ops.createTable("shelf", t -> t
                .column("id", bigint(), c -> c.autoIncrement())
                .column("name", varchar(100), c -> c.notNull())
                .primaryKey("pk_shelf", "id")
                .unique("uq_shelf_name", "name"));
    }

    @Override
    public void downgrade(Ops ops) {
        ops.dropTable("shelf");
    }
}
