package io.strata.migrations.dialect;

import static io.strata.migrations.schema.ColumnType.bigint;
import static io.strata.migrations.schema.ColumnType.varchar;

import java.util.List;

import io.strata.migrations.operations.CreateTable;
import io.strata.migrations.operations.Operation;
import io.strata.migrations.operations.Ops;
import io.strata.migrations.schema.ColumnType;
import io.strata.migrations.schema.ReferentialAction;
import io.strata.migrations.schema.Schema;
import io.strata.migrations.schema.Table;

/** A schema that uses every feature: all neutral types, keys, actions, checks, indexes, reserved words, a cycle. */
final class LibrarySchema {

    private LibrarySchema() {
    }

    static Schema schema() {
        Ops ops = new Ops();
        // declared child-first on purpose: the plan must order them
        ops.createTable("book", t -> t
                .column("id", bigint(), c -> c.autoIncrement())
                .column("author_id", bigint(), c -> c.notNull())
                .column("title", varchar(200), c -> c.notNull())
                .column("price", ColumnType.decimal(10, 2), c -> c.notNull().serverDefault("0"))
                .primaryKey("pk_book", "id")
                .foreignKey("fk_book_author_id_author", fk -> fk.columns("author_id").references("author", "id")
                        .onDelete(ReferentialAction.CASCADE))
                .check("ck_book_price", "price >= 0")
                .index("ix_book_author_id_title", "author_id", "title"));
        ops.createTable("author", t -> t
                .column("id", bigint(), c -> c.autoIncrement())
                .column("name", varchar(100), c -> c.notNull())
                .primaryKey("pk_author", "id")
                .unique("uq_author_name", "name")
                .check("ck_author_name", "name <> ''"));
        ops.createTable("all_types", t -> t
                .column("id", ColumnType.integer(), c -> c.notNull())
                .column("c_smallint", ColumnType.smallint())
                .column("c_integer", ColumnType.integer())
                .column("c_bigint", ColumnType.bigint())
                .column("c_bool", ColumnType.bool(), c -> c.notNull().serverDefault("FALSE"))
                .column("c_varchar", varchar(50), c -> c.serverDefault("'x'"))
                .column("c_text", ColumnType.text())
                .column("c_decimal", ColumnType.decimal(12, 3))
                .column("c_float", ColumnType.floatType())
                .column("c_double", ColumnType.doubleType())
                .column("c_date", ColumnType.date())
                .column("c_time", ColumnType.time())
                .column("c_ts", ColumnType.timestamp(), c -> c.serverDefault("CURRENT_TIMESTAMP"))
                .column("c_tstz", ColumnType.timestampTz())
                .column("c_uuid", ColumnType.uuid())
                .column("c_binary", ColumnType.binary(16))
                .column("c_blob", ColumnType.blob())
                .column("c_json", ColumnType.json())
                .primaryKey("pk_all_types", "id")
                .uniqueIndex("ix_all_types_c_uuid", "c_uuid"));
        ops.createTable("user", t -> t
                .column("id", ColumnType.integer(), c -> c.notNull())
                .column("order", ColumnType.integer())
                .column("value", varchar(10))
                .primaryKey("pk_user", "id")
                .index("ix_user_order", "order"));
        ops.createTable("person", t -> t
                .column("id", ColumnType.integer(), c -> c.notNull())
                .column("pet_id", ColumnType.integer())
                .primaryKey("pk_person", "id")
                .foreignKey("fk_person_pet_id_pet", "pet_id", "pet", "id"));
        ops.createTable("pet", t -> t
                .column("id", ColumnType.integer(), c -> c.notNull())
                .column("owner_id", ColumnType.integer())
                .primaryKey("pk_pet", "id")
                .foreignKey("fk_pet_owner_id_person", fk -> fk.columns("owner_id").references("person", "id")
                        .onDelete(ReferentialAction.SET_NULL)));
        List<Table> tables = ops.operations().stream().map(LibrarySchema::table).toList();
        return Schema.of(tables);
    }

    private static Table table(Operation op) {
        return ((CreateTable) op).table();
    }
}
