package io.strata.core;

import java.util.Map;

import io.strata.ErrorKind;
import io.strata.StrataException;

/** {@link Database#getOne} found no row matching the filter. */
public class NoRowFoundException extends StrataException {

    private static final long serialVersionUID = 1L;

    private final transient Class<?> entity;
    private final transient Map<String, ?> filter;

    /** Creates the exception for an entity and the filter that matched nothing. */
    public NoRowFoundException(Class<?> entity, Map<String, ?> filter) {
        super(ErrorKind.NOT_FOUND, "No " + entity.getSimpleName() + " matches " + filter + ".");
        this.entity = entity;
        this.filter = Map.copyOf(filter);
    }

    /** The entity class queried. */
    public Class<?> entity() {
        return entity;
    }

    /** The filter that matched no row. */
    public Map<String, ?> filter() {
        return filter;
    }
}
