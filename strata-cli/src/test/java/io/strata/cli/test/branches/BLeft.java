package io.strata.cli.test.branches;

import static io.strata.migrations.schema.ColumnType.bigint;

import io.strata.migrations.operations.Ops;
import io.strata.migrations.revision.Migration;
import io.strata.migrations.revision.Revision;

@Revision(id = "b2aaaa000002", parents = "b1ba5e000001", message = "left branch", created = "2026-11-21T11:05:00Z")
public final class BLeft implements Migration {

    @Override
    public void upgrade(Ops ops) {
        ops.createTable("left_t", t -> t.column("id", bigint(), c -> c.autoIncrement()).primaryKey("pk_left_t", "id"));
    }

    @Override
    public void downgrade(Ops ops) {
        ops.dropTable("left_t");
    }
}
