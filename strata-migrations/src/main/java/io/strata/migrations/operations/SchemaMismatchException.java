package io.strata.migrations.operations;

import io.strata.ErrorKind;
import io.strata.StrataException;

/**
 * An operation does not fit the schema it is applied to: its table, column, index or constraint is
 * missing, or what it creates already exists. Usually a revision is missing or out of order.
 */
public class SchemaMismatchException extends StrataException {

    private static final long serialVersionUID = 1L;

    private final String table;

    /** Creates the exception for a table ({@code null} when none applies) with a message saying what and how to fix. */
    public SchemaMismatchException(String table, String message) {
        super(ErrorKind.REVISION, message);
        this.table = table;
    }

    /** The table the operation concerns, or {@code null}. */
    public String table() {
        return table;
    }
}
