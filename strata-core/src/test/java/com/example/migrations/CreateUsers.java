package com.example.migrations;

import static io.strata.migrations.schema.ColumnType.bigint;
import static io.strata.migrations.schema.ColumnType.varchar;

import io.strata.migrations.operations.Ops;
import io.strata.migrations.revision.Migration;
import io.strata.migrations.revision.Revision;

// README:revision
@Revision(id = "4f2a9c1e7b30", message = "create users", created = "2026-11-21T09:00:00Z")
public class CreateUsers implements Migration {

    @Override
    public void upgrade(Ops ops) {
        ops.createTable("users", t -> t
                .column("id", bigint(), c -> c.autoIncrement())
                .column("name", varchar(254), c -> c.notNull())
                .column("full_name", varchar(254))
                .column("timezone", varchar(127))
                .primaryKey("pk_users", "id")
                .unique("uq_users_name", "name"));
    }

    @Override
    public void downgrade(Ops ops) {
        ops.dropTable("users");
    }
}
// README:end
