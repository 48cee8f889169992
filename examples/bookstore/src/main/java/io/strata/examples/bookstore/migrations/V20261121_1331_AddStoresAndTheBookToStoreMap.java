package io.strata.examples.bookstore.migrations;

import static io.strata.migrations.schema.ColumnType.bigint;
import static io.strata.migrations.schema.ColumnType.varchar;

import io.strata.migrations.operations.Ops;
import io.strata.migrations.revision.Migration;
import io.strata.migrations.revision.Revision;

/** The seed's third migration: the store table and the book_to_store_map table joining books and stores. */
@Revision(
        id = "c599c80779e8",
        parents = {"03b560115d65"},
        message = "add stores and the book to store map",
        created = "2026-11-21T13:31:53Z")
public final class V20261121_1331_AddStoresAndTheBookToStoreMap implements Migration {

    @Override
    public void upgrade(Ops ops) {
        ops.createTable("store", t -> t
                .column("id", bigint(), c -> c.autoIncrement())
                .column("name", varchar(50), c -> c.notNull())
                .primaryKey("pk_store", "id")
                .unique("uq_store_name", "name"));
        ops.createTable("book_to_store_map", t -> t
                .column("book_id", bigint(), c -> c.notNull())
                .column("store_id", bigint(), c -> c.notNull())
                .primaryKey("pk_book_to_store_map", "book_id", "store_id")
                .foreignKey("fk_book_to_store_map_store_id_store", "store_id", "store", "id")
                .foreignKey("fk_book_to_store_map_book_id_book", "book_id", "book", "id"));
    }

    @Override
    public void downgrade(Ops ops) {
        // DATA LOSS: drops table book_to_store_map and every row in it
        ops.dropTable("book_to_store_map");
        // DATA LOSS: drops table store and every row in it
        ops.dropTable("store");
    }
}
