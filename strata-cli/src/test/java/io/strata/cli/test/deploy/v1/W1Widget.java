package io.strata.cli.test.deploy.v1;

import static io.strata.migrations.schema.ColumnType.bigint;
import static io.strata.migrations.schema.ColumnType.varchar;

import io.strata.migrations.operations.Ops;
import io.strata.migrations.revision.Migration;
import io.strata.migrations.revision.Revision;

@Revision(id = "d1c0ffee0001", message = "create widget", created = "2026-12-01T10:00:00Z")
public final class W1Widget implements Migration {

    @Override
    public void upgrade(Ops ops) {
        ops.createTable("widget", t -> t
                .column("id", bigint(), c -> c.notNull())
                .column("note", varchar(50))
                .primaryKey("pk_widget", "id"));
    }

    @Override
    public void downgrade(Ops ops) {
        ops.dropTable("widget");
    }
}
