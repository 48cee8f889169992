package io.strata.cli.test.migrations;

import static io.strata.migrations.schema.ColumnType.bigint;
import static io.strata.migrations.schema.ColumnType.varchar;

import io.strata.migrations.operations.Ops;
import io.strata.migrations.revision.Migration;
import io.strata.migrations.revision.Revision;

@Revision(id = "b2c0ffee0002", parents = "a1c0ffee0001", message = "books", created = "2026-11-21T10:05:00Z")
public final class R2Books implements Migration {

    @Override
    public void upgrade(Ops ops) {
        ops.createTable("book", t -> t
                .column("id", bigint(), c -> c.autoIncrement())
                .column("title", varchar(200), c -> c.notNull())
                .column("author_id", bigint())
                .primaryKey("pk_book", "id")
                .foreignKey("fk_book_author_id_author", "author_id", "author", "id"));
    }

    @Override
    public void downgrade(Ops ops) {
        ops.dropTable("book");
    }
}
