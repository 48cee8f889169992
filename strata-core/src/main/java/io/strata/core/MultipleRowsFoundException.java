package io.strata.core;

import java.util.Map;

import io.strata.ErrorKind;
import io.strata.StrataException;

/** A helper that needs at most one row found several matching the filter. */
public class MultipleRowsFoundException extends StrataException {

    private static final long serialVersionUID = 1L;

    private final transient Class<?> entity;
    private final transient Map<String, ?> filter;

    /** Creates the exception for an entity and the filter that matched several rows. */
    public MultipleRowsFoundException(Class<?> entity, Map<String, ?> filter) {
        super(ErrorKind.CONFLICT, "More than one " + entity.getSimpleName() + " matches " + filter
                + "; add attributes to the filter (ideally ones a unique constraint covers) so it selects one row.");
        this.entity = entity;
        this.filter = Map.copyOf(filter);
    }

    /** The entity class queried. */
    public Class<?> entity() {
        return entity;
    }

    /** The filter that matched several rows. */
    public Map<String, ?> filter() {
        return filter;
    }
}
