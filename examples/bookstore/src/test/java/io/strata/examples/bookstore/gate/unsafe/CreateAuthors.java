package io.strata.examples.bookstore.gate.unsafe;

import io.strata.examples.bookstore.gate.SeedRevision;
import io.strata.examples.bookstore.migrations.V20261121_1331_CreateAuthors;
import io.strata.migrations.revision.Revision;

@Revision(id = "d86d465e0e3e", message = "create authors")
public final class CreateAuthors extends SeedRevision {

    public CreateAuthors() {
        super(new V20261121_1331_CreateAuthors());
    }
}
