package io.strata.core;

import java.util.Map;

import io.strata.ErrorKind;
import io.strata.StrataException;

/**
 * {@code getOrCreate} or {@code updateOrCreate} could neither find nor create the row: a unique
 * constraint the filter does not cover refused it, or another transaction creating the same row held
 * its lock too long.
 */
public class CreateConflictException extends StrataException {

    private static final long serialVersionUID = 1L;

    private final Class<?> entity;
    private final Map<String, ?> filter;

    /** Creates the exception; {@code message} says what conflicted and how to avoid it. */
    public CreateConflictException(Class<?> entity, Map<String, ?> filter, String message) {
        super(ErrorKind.CONFLICT, message);
        this.entity = entity;
        this.filter = filter;
    }

    /** The entity class that was to be created. */
    public Class<?> entity() {
        return entity;
    }

    /** The filter the row was looked up by. */
    public Map<String, ?> filter() {
        return filter;
    }
}
