package io.strata.cli.test.failing;

import static io.strata.migrations.schema.ColumnType.bigint;

import io.strata.migrations.operations.Ops;
import io.strata.migrations.revision.Migration;
import io.strata.migrations.revision.Revision;

@Revision(id = "f1000000aaaa", message = "a table", created = "2026-11-21T12:00:00Z")
public final class F1Table implements Migration {

    @Override
    public void upgrade(Ops ops) {
        ops.createTable("gadget", t -> t.column("id", bigint(), c -> c.autoIncrement()).primaryKey("pk_gadget", "id"));
    }

    @Override
    public void downgrade(Ops ops) {
        ops.dropTable("gadget");
    }
}
