package io.strata.migrations.diff;

import static io.strata.migrations.schema.ColumnType.bigint;
import static io.strata.migrations.schema.ColumnType.decimal;
import static io.strata.migrations.schema.ColumnType.integer;
import static io.strata.migrations.schema.ColumnType.text;
import static io.strata.migrations.schema.ColumnType.varchar;

import java.util.List;

import io.strata.migrations.operations.ConstraintKind;
import io.strata.migrations.schema.ReferentialAction;
import io.strata.migrations.schema.Schema;

/** The bookstore schema the scenarios start from, its rows, and the scenarios themselves. */
final class Bookstore {

    /** Book titles, in id order. */
    static final String TITLES = "SELECT title FROM book ORDER BY id";
    static final List<String> TITLE_ROWS = List.of("Dune", "Emma");
    /** Author names, in id order. */
    static final String NAMES = "SELECT name FROM author ORDER BY id";
    static final List<String> NAME_ROWS = List.of("Ann", "Bob");
    /** The rows inserted into v1. */
    static final List<String> ROWS = List.of(
            "INSERT INTO author (name) VALUES ('Ann')",
            "INSERT INTO author (name) VALUES ('Bob')",
            "INSERT INTO book (author_id, title, isbn, quantity) VALUES (1, 'Dune', '111', 3)",
            "INSERT INTO book (author_id, title, isbn, quantity) VALUES (2, 'Emma', '222', 5)");

    private Bookstore() {
    }

    /** author(id, name, bio) and book(id, author_id → author, title, isbn, price, quantity, status) with keys, an index, a unique and a check. */
    static Schema v1() {
        return Schemas.of(ops -> ops
                .createTable("author", t -> t
                        .column("id", integer(), c -> c.autoIncrement())
                        .column("name", varchar(100), c -> c.notNull())
                        .column("bio", text())
                        .primaryKey("pk_author", "id"))
                .createTable("book", t -> t
                        .column("id", integer(), c -> c.autoIncrement())
                        .column("author_id", integer(), c -> c.notNull())
                        .column("title", varchar(100), c -> c.notNull())
                        .column("isbn", varchar(20))
                        .column("price", decimal(8, 2), c -> c.serverDefault("0"))
                        .column("quantity", integer(), c -> c.notNull().serverDefault("0"))
                        .column("status", varchar(20), c -> c.serverDefault("'draft'"))
                        .primaryKey("pk_book", "id")
                        .foreignKey("fk_book_author_id_author", "author_id", "author", "id")
                        .unique("uq_book_isbn", "isbn")
                        .index("ix_book_title", "title")
                        .check("ck_book_price", "price >= 0")));
    }

    /** v1 with a review table that references book. */
    static Schema withReviews() {
        return Schemas.apply(v1(), ops -> ops.createTable("review", t -> t
                .column("id", integer(), c -> c.notNull())
                .column("book_id", integer(), c -> c.notNull())
                .column("stars", integer())
                .primaryKey("pk_review", "id")
                .foreignKey("fk_review_book_id_book", "book_id", "book", "id")));
    }

    /** v1 with a tag table whose primary key is one column. */
    static Schema withTags() {
        return Schemas.apply(v1(), ops -> ops.createTable("tag", t -> t
                .column("name", varchar(30), c -> c.notNull())
                .column("author_id", integer(), c -> c.notNull())
                .primaryKey("pk_tag", "name")));
    }

    /** The model evolutions every round trip runs. */
    static List<Scenario> scenarios() {
        return List.of(
                Scenario.of("add tables with foreign keys", ops -> ops
                        .createTable("store", t -> t
                                .column("id", integer(), c -> c.notNull())
                                .column("name", varchar(50), c -> c.notNull())
                                .primaryKey("pk_store", "id"))
                        .createTable("book_store", t -> t
                                .column("book_id", integer(), c -> c.notNull())
                                .column("store_id", integer(), c -> c.notNull())
                                .primaryKey("pk_book_store", "book_id", "store_id")
                                .foreignKey("fk_book_store_book_id_book", fk -> fk.columns("book_id").references("book", "id")
                                        .onDelete(ReferentialAction.CASCADE))
                                .foreignKey("fk_book_store_store_id_store", "store_id", "store", "id"))),
                Scenario.of("drop a referencing table", withReviews(), ops -> ops.dropTable("review")),
                Scenario.of("add a nullable column", ops -> ops.addColumn("book", "subtitle", varchar(200))),
                Scenario.of("add a NOT NULL column with a default", ops -> ops
                        .addColumn("book", "pages", integer(), c -> c.notNull().serverDefault("1"))),
                Scenario.of("drop a column with a unique constraint", ops -> ops.dropColumn("book", "isbn")),
                Scenario.of("widen a varchar", ops -> ops.alterColumn("book", "title", a -> a.type(varchar(200)))),
                Scenario.of("narrow a varchar", ops -> ops.alterColumn("author", "name", a -> a.type(varchar(50))))
                        .checking(NAMES, NAME_ROWS),
                Scenario.of("change nullability both ways", ops -> ops
                        .alterColumn("book", "isbn", a -> a.notNull())
                        .alterColumn("author", "name", a -> a.nullable(true))),
                Scenario.of("add and drop server defaults", ops -> ops
                        .alterColumn("book", "status", a -> a.dropServerDefault())
                        .alterColumn("author", "bio", a -> a.serverDefault("'n/a'"))),
                Scenario.of("add and drop unique constraints", ops -> ops
                        .dropConstraint("uq_book_isbn", "book", ConstraintKind.UNIQUE)
                        .createUniqueConstraint("uq_author_name", "author", "name")),
                Scenario.of("add and drop indexes, one multi-column", ops -> ops
                        .dropIndex("ix_book_title", "book")
                        .createIndex("ix_book_author_id_title", "book", "author_id", "title")
                        .createUniqueIndex("ix_author_name", "author", "name")),
                Scenario.of("make a foreign key ON DELETE CASCADE", ops -> ops
                        .dropConstraint("fk_book_author_id_author", "book", ConstraintKind.FOREIGN_KEY)
                        .createForeignKey("fk_book_author_id_author", "book", fk -> fk.columns("author_id")
                                .references("author", "id").onDelete(ReferentialAction.CASCADE))),
                Scenario.of("add a column with a foreign key ON DELETE SET NULL, drop another key", ops -> ops
                        .dropConstraint("fk_book_author_id_author", "book", ConstraintKind.FOREIGN_KEY)
                        .addColumn("book", "editor_id", integer())
                        .createForeignKey("fk_book_editor_id_author", "book", fk -> fk.columns("editor_id")
                                .references("author", "id").onDelete(ReferentialAction.SET_NULL))),
                Scenario.of("add and drop check constraints", ops -> ops
                        .dropConstraint("ck_book_price", "book", ConstraintKind.CHECK)
                        .createCheckConstraint("ck_book_quantity", "book", "quantity >= 0")),
                Scenario.of("change a check's condition under its name; add checks each database re-prints", ops -> ops
                        .dropConstraint("ck_book_price", "book", ConstraintKind.CHECK)
                        .createCheckConstraint("ck_book_price", "book", "price >= 0 AND price < 100000.00")
                        .createCheckConstraint("ck_book_status", "book", "status IN ('draft', 'published') OR status IS NULL")
                        .createCheckConstraint("ck_book_quantity", "book",
                                "quantity BETWEEN 0 AND 1000 AND length(title) > 0 AND title NOT LIKE '%?'")),
                Scenario.of("rename a column by hint", ops -> ops.alterColumn("book", "title", a -> a.rename("name")))
                        .with(DiffOptions.defaults().renameColumn("book", "title", "name"))
                        .checking("SELECT name FROM book ORDER BY id", TITLE_ROWS),
                Scenario.of("rename a referenced table by hint", ops -> ops.renameTable("author", "writer"))
                        .with(DiffOptions.defaults().renameTable("author", "writer"))
                        .checking("SELECT name FROM writer ORDER BY id", NAME_ROWS),
                Scenario.of("rename a table by hint, its key, unique, index and foreign key following the convention",
                        ops -> ops.renameTable("book", "volume")
                                .renameConstraint("volume", "pk_book", "pk_volume", ConstraintKind.PRIMARY_KEY)
                                .renameConstraint("volume", "uq_book_isbn", "uq_volume_isbn", ConstraintKind.UNIQUE)
                                .renameIndex("volume", "ix_book_title", "ix_volume_title")
                                .dropConstraint("fk_book_author_id_author", "volume", ConstraintKind.FOREIGN_KEY)
                                .createForeignKey("fk_volume_author_id_author", "volume", "author_id", "author", "id"))
                        .with(DiffOptions.defaults().renameTable("book", "volume"))
                        .checking("SELECT title FROM volume ORDER BY id", TITLE_ROWS),
                Scenario.of("rename the primary key of a referenced table", ops -> ops
                        .renameConstraint("author", "pk_author", "pk_author_id", ConstraintKind.PRIMARY_KEY))
                        .checking(NAMES, NAME_ROWS),
                Scenario.of("widen a decimal", ops -> ops.alterColumn("book", "price", a -> a.type(decimal(12, 3)))),
                Scenario.of("integer to bigint", ops -> ops.alterColumn("book", "quantity", a -> a.type(bigint()))),
                Scenario.of("change a primary key", withTags(), ops -> ops
                        .dropConstraint("pk_tag", "tag", ConstraintKind.PRIMARY_KEY)
                        .createPrimaryKey("pk_tag", "tag", "name", "author_id")),
                Scenario.of("add a referenced table, a column and its key and index", ops -> ops
                        .createTable("publisher", t -> t
                                .column("id", integer(), c -> c.autoIncrement())
                                .column("name", varchar(80), c -> c.notNull())
                                .primaryKey("pk_publisher", "id")
                                .unique("uq_publisher_name", "name"))
                        .addColumn("book", "publisher_id", integer())
                        .createIndex("ix_book_publisher_id", "book", "publisher_id")
                        .createForeignKey("fk_book_publisher_id_publisher", "book", "publisher_id", "publisher", "id")),
                Scenario.of("add NOT NULL columns with one-off defaults (existing rows filled, defaults dropped)", ops -> ops
                        .addColumn("book", "pages", integer(), c -> c.notNull())
                        .addColumn("author", "country", varchar(2), c -> c.notNull()))
                        .with(DiffOptions.defaults().oneOffDefault("book", "pages", "7").oneOffDefault("author", "country", "'GB'"))
                        .checking("SELECT pages FROM book ORDER BY id", List.of("7", "7")));
    }
}
