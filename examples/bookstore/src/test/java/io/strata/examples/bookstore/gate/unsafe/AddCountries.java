package io.strata.examples.bookstore.gate.unsafe;

import static io.strata.migrations.schema.ColumnType.varchar;

import io.strata.migrations.operations.ConstraintKind;
import io.strata.migrations.operations.Ops;
import io.strata.migrations.revision.Migration;
import io.strata.migrations.revision.Revision;

@Revision(id = "e1f2a3b4c5d6", parents = "c599c80779e8", message = "authors' countries, unique names, books by author")
public final class AddCountries implements Migration {

    @Override
    public void upgrade(Ops ops) {
        ops.addColumn("author", "country", varchar(2), c -> c.notNull());
        ops.createUniqueConstraint("uq_author_name", "author", "name");
        ops.createIndex("ix_book_author_id", "book", "author_id");
    }

    @Override
    public void downgrade(Ops ops) {
        ops.dropIndex("ix_book_author_id", "book");
        ops.dropConstraint("uq_author_name", "author", ConstraintKind.UNIQUE);
        ops.dropColumn("author", "country");
    }
}
