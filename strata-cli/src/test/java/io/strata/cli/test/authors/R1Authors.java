package io.strata.cli.test.authors;

import static io.strata.migrations.schema.ColumnType.bigint;
import static io.strata.migrations.schema.ColumnType.varchar;

import io.strata.migrations.operations.Ops;
import io.strata.migrations.revision.Migration;
import io.strata.migrations.revision.Revision;

@Revision(id = "a1c0ffee0001", message = "authors", created = "2026-11-21T10:00:00Z")
public final class R1Authors implements Migration {

    @Override
    public void upgrade(Ops ops) {
        ops.createTable("author", t -> t
                .column("id", bigint(), c -> c.autoIncrement())
                .column("email", varchar(200))
                .column("name", varchar(100), c -> c.notNull())
                .primaryKey("pk_author", "id")
                .unique("uq_author_email", "email"));
    }

    @Override
    public void downgrade(Ops ops) {
        ops.dropTable("author");
    }
}
