package io.strata.migrations.deploy;

import static io.strata.migrations.schema.ColumnType.bigint;
import static io.strata.migrations.schema.ColumnType.varchar;

import io.strata.migrations.operations.Ops;
import io.strata.migrations.revision.Migration;
import io.strata.migrations.revision.Revision;

@Revision(id = "r1", message = "create widget")
public final class R1CreateWidget implements Migration {

    @Override
    public void upgrade(Ops ops) {
        ops.createTable("widget", t -> t
                .column("id", bigint(), c -> c.notNull())
                .column("name", varchar(50), c -> c.notNull())
                .column("note", varchar(50))
                .primaryKey("pk_widget", "id"));
    }

    @Override
    public void downgrade(Ops ops) {
        ops.dropTable("widget");
    }
}
