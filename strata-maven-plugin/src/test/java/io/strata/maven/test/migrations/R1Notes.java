package io.strata.maven.test.migrations;

import static io.strata.migrations.schema.ColumnType.bigint;

import io.strata.migrations.operations.Ops;
import io.strata.migrations.revision.Migration;
import io.strata.migrations.revision.Revision;

@Revision(id = "aa00000000a1", message = "create note", created = "2026-12-05T09:00:00Z")
public class R1Notes implements Migration {

    @Override
    public void upgrade(Ops ops) {
        ops.createTable("note", t -> t.column("id", bigint(), c -> c.autoIncrement()).primaryKey("pk_note", "id"));
    }

    @Override
    public void downgrade(Ops ops) {
        ops.dropTable("note");
    }
}
