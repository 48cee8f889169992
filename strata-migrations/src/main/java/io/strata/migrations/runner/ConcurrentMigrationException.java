package io.strata.migrations.runner;

import java.util.Set;

/** The version table changed under the runner although it held the lock (something migrated without taking it). */
public class ConcurrentMigrationException extends MigrationException {

    private static final long serialVersionUID = 1L;

    private final Set<String> expected;
    private final Set<String> found;

    /** Creates the error for what the runner expected in the version table and what it found. */
    public ConcurrentMigrationException(String versionTable, Set<String> expected, Set<String> found) {
        super("The version table " + versionTable + " holds " + found + " but the migration expected " + expected
                + ": something changed it without taking the migration lock. Make every tool that migrates this"
                + " database use Strata's runner (or stop it), then run again.");
        this.expected = Set.copyOf(expected);
        this.found = Set.copyOf(found);
    }

    /** The ids the runner expected. */
    public Set<String> expected() {
        return expected;
    }

    /** The ids it found. */
    public Set<String> found() {
        return found;
    }
}
