package io.strata.migrations.runner.chain;

import static io.strata.migrations.schema.ColumnType.varchar;

import io.strata.migrations.operations.Ops;
import io.strata.migrations.revision.Migration;
import io.strata.migrations.revision.Revision;

@Revision(id = "b2", parents = "a1", message = "add isbn to book", created = "2025-01-11")
public final class B2AddIsbn implements Migration {

    @Override
    public void upgrade(Ops ops) {
        ops.addColumn("book", "isbn", varchar(20));
        ops.createIndex("ix_book_isbn", "book", "isbn");
    }

    @Override
    public void downgrade(Ops ops) {
        ops.dropIndex("ix_book_isbn", "book");
        ops.dropColumn("book", "isbn");
    }
}
