package io.strata.examples.bookstore.api;

import io.strata.examples.bookstore.models.Store;

/**
 * A store as the API shows it.
 *
 * @param id the id
 * @param name the unique name
 */
public record StoreView(long id, String name) {

    /** The view of a loaded store. */
    public static StoreView of(Store store) {
        return new StoreView(store.getId(), store.getName());
    }
}
