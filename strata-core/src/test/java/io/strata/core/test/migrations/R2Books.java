package io.strata.core.test.migrations;

import static io.strata.migrations.schema.ColumnType.bigint;
import static io.strata.migrations.schema.ColumnType.decimal;
import static io.strata.migrations.schema.ColumnType.integer;
import static io.strata.migrations.schema.ColumnType.varchar;

import io.strata.migrations.operations.Ops;
import io.strata.migrations.revision.Migration;
import io.strata.migrations.revision.Revision;

@Revision(id = "b2e1d4c3a5f6", parents = "a1f0c3e2b4d5", message = "books and the book-store map",
        created = "2026-11-21T10:05:00Z")
public final class R2Books implements Migration {

    @Override
    public void upgrade(Ops ops) {
        ops.createTable("book", t -> t
                .column("id", bigint(), c -> c.autoIncrement())
                .column("name", varchar(200), c -> c.notNull())
                .column("price", decimal(10, 2))
                .column("published_year", integer())
                .column("author_id", bigint())
                .primaryKey("pk_book", "id")
                .foreignKey("fk_book_author_id_author", "author_id", "author", "id")
                .unique("uq_book_name", "name")
                .index("ix_book_published_year", "published_year"));
        ops.createTable("book_to_store_map", t -> t
                .column("book_id", bigint(), c -> c.notNull())
                .column("stores_id", bigint(), c -> c.notNull())
                .primaryKey("pk_book_to_store_map", "book_id", "stores_id")
                .foreignKey("fk_book_to_store_map_book_id_book", "book_id", "book", "id")
                .foreignKey("fk_book_to_store_map_stores_id_store", "stores_id", "store", "id"));
    }

    @Override
    public void downgrade(Ops ops) {
        ops.dropTable("book_to_store_map");
        ops.dropTable("book");
    }
}
