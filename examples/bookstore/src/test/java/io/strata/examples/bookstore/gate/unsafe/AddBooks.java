package io.strata.examples.bookstore.gate.unsafe;

import io.strata.examples.bookstore.gate.SeedRevision;
import io.strata.examples.bookstore.migrations.V20261121_1331_AddBooksAndTheirAuthor;
import io.strata.migrations.revision.Revision;

@Revision(id = "03b560115d65", parents = "d86d465e0e3e", message = "add books and their author")
public final class AddBooks extends SeedRevision {

    public AddBooks() {
        super(new V20261121_1331_AddBooksAndTheirAuthor());
    }
}
