package io.strata.migrations.runner.chain;

import static io.strata.migrations.schema.ColumnType.bigint;
import static io.strata.migrations.schema.ColumnType.varchar;

import io.strata.migrations.operations.Ops;
import io.strata.migrations.revision.Migration;
import io.strata.migrations.revision.Revision;

@Revision(id = "a1", message = "create author and book", created = "2025-01-10T09:00:00Z")
public final class A1CreateAuthorAndBook implements Migration {

    @Override
    public void upgrade(Ops ops) {
        ops.createTable("author", t -> t
                .column("id", bigint(), c -> c.notNull())
                .column("name", varchar(100), c -> c.notNull())
                .primaryKey("pk_author", "id"));
        ops.createTable("book", t -> t
                .column("id", bigint(), c -> c.notNull())
                .column("title", varchar(200), c -> c.notNull())
                .column("author_id", bigint())
                .primaryKey("pk_book", "id")
                .foreignKey("fk_book_author_id_author", "author_id", "author", "id"));
    }

    @Override
    public void downgrade(Ops ops) {
        ops.dropTable("book");
        ops.dropTable("author");
    }
}
