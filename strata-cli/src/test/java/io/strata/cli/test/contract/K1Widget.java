package io.strata.cli.test.contract;

import static io.strata.migrations.schema.ColumnType.integer;
import static io.strata.migrations.schema.ColumnType.varchar;

import io.strata.migrations.operations.Ops;
import io.strata.migrations.revision.Migration;
import io.strata.migrations.revision.Revision;

@Revision(id = "k1c0ffee0001", message = "widget", created = "2026-12-05T10:00:00Z")
public final class K1Widget implements Migration {

    @Override
    public void upgrade(Ops ops) {
        ops.createTable("widget", t -> t
                .column("id", integer(), c -> c.notNull())
                .column("note", varchar(50))
                .primaryKey("pk_widget", "id"));
    }

    @Override
    public void downgrade(Ops ops) {
        ops.dropTable("widget");
    }
}
