package io.strata.examples.bookstore.migrations;

import static io.strata.migrations.schema.ColumnType.bigint;
import static io.strata.migrations.schema.ColumnType.varchar;

import io.strata.migrations.operations.Ops;
import io.strata.migrations.revision.Migration;
import io.strata.migrations.revision.Revision;

/** The seed's second migration: the book table, its name unique, with the foreign key to its author. */
@Revision(
        id = "03b560115d65",
        parents = {"d86d465e0e3e"},
        message = "add books and their author",
        created = "2026-11-21T13:31:53Z")
public final class V20261121_1331_AddBooksAndTheirAuthor implements Migration {

    @Override
    public void upgrade(Ops ops) {
        ops.createTable("book", t -> t
                .column("id", bigint(), c -> c.autoIncrement())
                .column("name", varchar(50), c -> c.notNull())
                .column("author_id", bigint())
                .primaryKey("pk_book", "id")
                .foreignKey("fk_book_author_id_author", "author_id", "author", "id")
                .unique("uq_book_name", "name"));
    }

    @Override
    public void downgrade(Ops ops) {
        // DATA LOSS: drops table book and every row in it
        ops.dropTable("book");
    }
}
