package io.strata.cli.test.branches;

import static io.strata.migrations.schema.ColumnType.bigint;

import io.strata.migrations.operations.Ops;
import io.strata.migrations.revision.Migration;
import io.strata.migrations.revision.Revision;

@Revision(id = "b3bbbb000003", parents = "b1ba5e000001", message = "right branch", created = "2026-11-21T11:05:00Z")
public final class BRight implements Migration {

    @Override
    public void upgrade(Ops ops) {
        ops.createTable("right_t", t -> t.column("id", bigint(), c -> c.autoIncrement()).primaryKey("pk_right_t", "id"));
    }

    @Override
    public void downgrade(Ops ops) {
        ops.dropTable("right_t");
    }
}
