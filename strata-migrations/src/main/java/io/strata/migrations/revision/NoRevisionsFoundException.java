package io.strata.migrations.revision;

import io.strata.ErrorKind;
import io.strata.migrations.graph.RevisionGraphException;

/** A migrations package holds no {@link Revision @Revision} classes. */
public class NoRevisionsFoundException extends RevisionGraphException {

    private static final long serialVersionUID = 1L;

    private final String packageName;

    /** Creates the error for this package. */
    public NoRevisionsFoundException(String packageName) {
        super(ErrorKind.REVISION, "No @Revision classes found in package " + packageName + " (nor below it) on the class path."
                + " Check the migrations location (DB_MIGRATIONS_LOCATION), that the classes are compiled into"
                + " this application, and that each is annotated with @Revision; run 'db revision' to create the first.");
        this.packageName = packageName;
    }

    /** The package that was scanned. */
    public String packageName() {
        return packageName;
    }
}
