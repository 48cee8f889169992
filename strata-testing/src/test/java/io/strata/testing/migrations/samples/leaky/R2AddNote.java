package io.strata.testing.migrations.samples.leaky;

import static io.strata.migrations.schema.ColumnType.varchar;

import io.strata.migrations.operations.Ops;
import io.strata.migrations.revision.Migration;
import io.strata.migrations.revision.Revision;

@Revision(id = "b2", parents = {"a1"}, message = "add note", created = "2026-12-01T11:00:00Z")
public final class R2AddNote implements Migration {

    @Override
    public void upgrade(Ops ops) {
        ops.addColumn("shelf", "note", varchar(200));
    }

    @Override
    public void downgrade(Ops ops) {
        // forgets to drop the column
    }
}
