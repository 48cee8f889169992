package io.strata.migrations.inspect;

import java.util.List;

import io.strata.migrations.schema.CheckConstraint;
import io.strata.migrations.schema.Column;
import io.strata.migrations.schema.ColumnType;
import io.strata.migrations.schema.ForeignKey;
import io.strata.migrations.schema.Index;
import io.strata.migrations.schema.PrimaryKey;
import io.strata.migrations.schema.ReferentialAction;
import io.strata.migrations.schema.Schema;
import io.strata.migrations.schema.ServerDefault;
import io.strata.migrations.schema.Table;
import io.strata.migrations.schema.UniqueConstraint;
import io.strata.testing.DbKind;

/**
 * The neutral schema {@link BookstoreDdl} creates, as each database reads it back. Where a database
 * does not keep a fact the neutral DDL stated, the difference is spelled out here.
 */
final class BookstoreSchema {

    private BookstoreSchema() {
    }

    /** The schema {@code kind} reads back (constraints and indexes in name order, as the inspector reports them). */
    static Schema expected(DbKind kind) {
        boolean mariaDb = kind == DbKind.MARIADB;
        // MariaDB keeps no time zone type and no primary key names; PostgreSQL has no sized binary type.
        ColumnType seenAt = mariaDb ? ColumnType.timestamp() : ColumnType.timestampTz();
        ColumnType checksum = kind == DbKind.POSTGRESQL ? ColumnType.blob() : ColumnType.binary(16);
        Table author = Table.of("author", List.of(
                        Column.of("id", ColumnType.integer()).autoIncrementing(),
                        Column.of("name", ColumnType.varchar(100)).notNull(),
                        Column.of("status", ColumnType.varchar(20)).notNull().withDefault(ServerDefault.literal("draft")),
                        Column.of("score", ColumnType.integer()).withDefault(ServerDefault.expression("0")),
                        Column.of("price", ColumnType.decimal(10, 2)).withDefault(ServerDefault.expression("1.50")),
                        Column.of("active", ColumnType.bool()).notNull().withDefault(ServerDefault.expression("true")),
                        Column.of("created_at", ColumnType.timestamp())
                                .withDefault(ServerDefault.expression("CURRENT_TIMESTAMP")),
                        Column.of("seen_at", seenAt),
                        Column.of("bio", ColumnType.text()),
                        Column.of("profile", ColumnType.json()),
                        Column.of("token", ColumnType.uuid()),
                        Column.of("born", ColumnType.date()),
                        Column.of("wakes", ColumnType.time()),
                        Column.of("weight", ColumnType.floatType()),
                        Column.of("height", ColumnType.doubleType()),
                        Column.of("tier", ColumnType.smallint()),
                        Column.of("followers", ColumnType.bigint()),
                        Column.of("avatar", ColumnType.blob()),
                        Column.of("checksum", checksum)))
                .withPrimaryKey(new PrimaryKey(pk(kind, "pk_author"), List.of("id")))
                .withUnique(new UniqueConstraint("uq_author_name_status", List.of("name", "status")))
                .withCheck(new CheckConstraint("ck_author_score", "score >= 0"));
        Table book = Table.of("book", List.of(
                        Column.of("id", ColumnType.bigint()).notNull(),
                        Column.of("author_id", ColumnType.integer()).notNull(),
                        Column.of("editor_id", ColumnType.integer()),
                        Column.of("title", ColumnType.varchar(200)).notNull(),
                        Column.of("isbn", ColumnType.varchar(20))))
                .withPrimaryKey(new PrimaryKey(pk(kind, "pk_book"), List.of("id")))
                .withForeignKey(new ForeignKey("fk_book_author_id_author", List.of("author_id"), "author", List.of("id"),
                        ReferentialAction.CASCADE, ReferentialAction.NO_ACTION))
                .withForeignKey(new ForeignKey("fk_book_editor_id_author", List.of("editor_id"), "author", List.of("id"),
                        ReferentialAction.SET_NULL, ReferentialAction.NO_ACTION))
                .withIndex(new Index("ix_book_author_id_title", List.of("author_id", "title"), false));
        // MariaDB cannot tell a unique index from a unique constraint: it reports the constraint.
        book = mariaDb ? book.withUnique(new UniqueConstraint("ix_book_isbn", List.of("isbn")))
                : book.withIndex(new Index("ix_book_isbn", List.of("isbn"), true));
        book = book.withIndex(new Index("ix_book_title", List.of("title"), false));
        Table bookStore = Table.of("book_store", List.of(
                        Column.of("book_id", ColumnType.bigint()).notNull(),
                        Column.of("store_id", ColumnType.integer()).notNull(),
                        Column.of("quantity", ColumnType.integer()).notNull().withDefault(ServerDefault.expression("0"))))
                .withPrimaryKey(new PrimaryKey(pk(kind, "pk_book_store"), List.of("book_id", "store_id")))
                .withForeignKey(new ForeignKey("fk_book_store_book_id_book", List.of("book_id"), "book", List.of("id"),
                        ReferentialAction.CASCADE, ReferentialAction.NO_ACTION));
        return Schema.of(List.of(author, book, bookStore));
    }

    private static String pk(DbKind kind, String name) {
        return kind == DbKind.MARIADB ? SchemaInspector.UNNAMED_PRIMARY_KEY : name;
    }
}
