package io.strata.examples.bookstore.gate.safe;

import static io.strata.migrations.schema.ColumnType.varchar;

import io.strata.migrations.operations.Ops;
import io.strata.migrations.revision.Migration;
import io.strata.migrations.revision.Revision;

@Revision(id = "e1f2a3b4c5d6", parents = "c599c80779e8", message = "authors' countries, unique names, books by author")
public final class AddCountries implements Migration {

    @Override
    public void upgrade(Ops ops) {
        // README:policy
        ops.addColumn("author", "country", varchar(2), c -> c.notNull().serverDefault("'ZZ'"));
        ops.allowUnsafe("data-dependent", "author names were made unique by the 2026-11 cleanup")
                .allowUnsafe("breaking-for-replicas", "the running release never writes author names")
                .createUniqueIndexConcurrently("uq_author_name", "author", "name");
        ops.createIndexConcurrently("ix_book_author_id", "book", "author_id");
        // README:end
    }

    @Override
    public void downgrade(Ops ops) {
        ops.dropIndexConcurrently("ix_book_author_id", "book");
        ops.dropIndexConcurrently("uq_author_name", "author");
        ops.dropColumn("author", "country");
    }
}
