package io.strata.examples.bookstore.gate.safe;

import io.strata.examples.bookstore.gate.SeedRevision;
import io.strata.examples.bookstore.migrations.V20261121_1331_AddStoresAndTheBookToStoreMap;
import io.strata.migrations.revision.Revision;

@Revision(id = "c599c80779e8", parents = "03b560115d65", message = "add stores and the book to store map")
public final class AddStores extends SeedRevision {

    public AddStores() {
        super(new V20261121_1331_AddStoresAndTheBookToStoreMap());
    }
}
