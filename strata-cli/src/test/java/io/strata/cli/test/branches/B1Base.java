package io.strata.cli.test.branches;

import static io.strata.migrations.schema.ColumnType.bigint;

import io.strata.migrations.operations.Ops;
import io.strata.migrations.revision.Migration;
import io.strata.migrations.revision.Revision;

@Revision(id = "b1ba5e000001", message = "base of two branches", created = "2026-11-21T11:00:00Z")
public final class B1Base implements Migration {

    @Override
    public void upgrade(Ops ops) {
        ops.createTable("thing", t -> t.column("id", bigint(), c -> c.autoIncrement()).primaryKey("pk_thing", "id"));
    }

    @Override
    public void downgrade(Ops ops) {
        ops.dropTable("thing");
    }
}
