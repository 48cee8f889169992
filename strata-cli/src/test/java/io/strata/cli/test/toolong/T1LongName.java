package io.strata.cli.test.toolong;

import static io.strata.migrations.schema.ColumnType.bigint;

import io.strata.migrations.operations.Ops;
import io.strata.migrations.revision.Migration;
import io.strata.migrations.revision.Revision;

@Revision(id = "t1000000aaaa", message = "tables with a long foreign key name")
public final class T1LongName implements Migration {

    /** 65 characters. */
    static final String NAME = "fk_book_author_id_author_written_by_hand_without_the_naming_rules";

    @Override
    public void upgrade(Ops ops) {
        ops.createTable("author", t -> t.column("id", bigint(), c -> c.notNull()).primaryKey("pk_author", "id"));
        ops.createTable("book", t -> t.column("id", bigint(), c -> c.notNull()).column("author_id", bigint())
                .primaryKey("pk_book", "id").foreignKey(NAME, "author_id", "author", "id"));
    }

    @Override
    public void downgrade(Ops ops) {
        ops.dropTable("book");
        ops.dropTable("author");
    }
}
