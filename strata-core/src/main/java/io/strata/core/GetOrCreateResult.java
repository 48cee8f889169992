package io.strata.core;

import java.util.Objects;

/**
 * What {@link Database#getOrCreate} and {@link Database#updateOrCreate} found or made.
 *
 * @param instance the managed instance (found or created)
 * @param created whether this call inserted it
 * @param <T> the entity type
 */
public record GetOrCreateResult<T>(T instance, boolean created) {

    /** Validates the instance is present. */
    public GetOrCreateResult {
        Objects.requireNonNull(instance, "instance");
    }
}
