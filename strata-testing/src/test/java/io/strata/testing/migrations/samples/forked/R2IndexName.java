package io.strata.testing.migrations.samples.forked;

import static io.strata.migrations.schema.ColumnType.varchar;

import io.strata.migrations.operations.Ops;
import io.strata.migrations.revision.Migration;
import io.strata.migrations.revision.Revision;

@Revision(id = "c2", parents = {"a1"}, message = "index the name", created = "2026-12-01T11:00:00Z")
public final class R2IndexName implements Migration {

    @Override
    public void upgrade(Ops ops) {
        ops.createIndex("ix_shelf_name", "shelf", "name");
    }

    @Override
    public void downgrade(Ops ops) {
        ops.dropIndex("ix_shelf_name", "shelf");
    }
}
