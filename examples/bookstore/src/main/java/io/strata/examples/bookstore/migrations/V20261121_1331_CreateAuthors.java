package io.strata.examples.bookstore.migrations;

import static io.strata.migrations.schema.ColumnType.bigint;
import static io.strata.migrations.schema.ColumnType.varchar;

import io.strata.migrations.operations.Ops;
import io.strata.migrations.revision.Migration;
import io.strata.migrations.revision.Revision;

/** The seed's first migration: the author table, its email unique. */
@Revision(
        id = "d86d465e0e3e",
        parents = {},
        message = "create authors",
        created = "2026-11-21T13:31:53Z")
public final class V20261121_1331_CreateAuthors implements Migration {

    @Override
    public void upgrade(Ops ops) {
        ops.createTable("author", t -> t
                .column("id", bigint(), c -> c.autoIncrement())
                .column("name", varchar(30))
                .column("email", varchar(30), c -> c.notNull())
                .primaryKey("pk_author", "id")
                .unique("uq_author_email", "email"));
    }

    @Override
    public void downgrade(Ops ops) {
        // DATA LOSS: drops table author and every row in it
        ops.dropTable("author");
    }
}
