package io.strata.core.test.migrations;

import static io.strata.migrations.schema.ColumnType.bigint;
import static io.strata.migrations.schema.ColumnType.integer;
import static io.strata.migrations.schema.ColumnType.varchar;

import io.strata.migrations.operations.Ops;
import io.strata.migrations.revision.Migration;
import io.strata.migrations.revision.Revision;

@Revision(id = "a1f0c3e2b4d5", message = "authors and stores", created = "2026-11-21T10:00:00Z")
public final class R1AuthorsAndStores implements Migration {

    @Override
    public void upgrade(Ops ops) {
        ops.createTable("author", t -> t
                .column("id", bigint(), c -> c.autoIncrement())
                .column("name", varchar(100), c -> c.notNull())
                .column("email", varchar(200))
                .column("age", integer())
                .primaryKey("pk_author", "id")
                .unique("uq_author_email", "email"));
        ops.createTable("store", t -> t
                .column("id", bigint(), c -> c.autoIncrement())
                .column("name", varchar(100), c -> c.notNull())
                .primaryKey("pk_store", "id")
                .unique("uq_store_name", "name"));
    }

    @Override
    public void downgrade(Ops ops) {
        ops.dropTable("store");
        ops.dropTable("author");
    }
}
