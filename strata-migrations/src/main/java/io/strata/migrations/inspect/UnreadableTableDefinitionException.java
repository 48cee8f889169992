package io.strata.migrations.inspect;

import io.strata.ErrorKind;
import io.strata.StrataException;

/**
 * A table's definition, as the database stores it (SQLite keeps the {@code CREATE TABLE} text), is
 * in a form Strata's inspector cannot read.
 */
public final class UnreadableTableDefinitionException extends StrataException {

    private static final long serialVersionUID = 1L;

    private final String definition;

    /** Creates the exception for this definition; {@code message} says what could not be read. */
    public UnreadableTableDefinitionException(String definition, String message) {
        super(ErrorKind.UNSUPPORTED, message);
        this.definition = definition;
    }

    /** The definition that could not be read. */
    public String definition() {
        return definition;
    }
}
