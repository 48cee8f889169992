package io.strata.migrations.runner;

/** A revision cannot be written as SQL (offline mode), e.g. because it runs a Java callback. */
public class SqlOutputException extends MigrationException {

    private static final long serialVersionUID = 1L;

    private final String revisionId;

    /** Creates the error for this revision with the dialect's explanation. */
    public SqlOutputException(String revisionId, String operation, RuntimeException cause) {
        super("Revision " + revisionId + " cannot be written as SQL at " + operation + ": " + cause.getMessage(), cause);
        this.revisionId = revisionId;
    }

    /** The revision at fault. */
    public String revisionId() {
        return revisionId;
    }
}
