package io.strata.cli;

import java.util.LinkedHashMap;
import java.util.Map;

import io.strata.ErrorKind;

/** The exit codes of the {@code db} command line, documented in every command's {@code --help}. */
public final class ExitCode {

    /** The command did what it was asked. */
    public static final int OK = 0;
    /**
     * {@code check} or {@code drift} found differences, or {@code status} found that this code should not
     * serve the database (revisions pending, ahead by breaking revisions, no version table).
     */
    public static final int DIFFERENCES = 1;
    /** The command line or the configuration is wrong: an unknown option, a missing URL, an unknown revision… */
    public static final int USAGE = 2;
    /** The database could not be reached. */
    public static final int UNREACHABLE = 3;
    /** A migration failed (or its lock could not be taken); the message says where the database was left. */
    public static final int MIGRATION_FAILED = 4;
    /** Any other error. */
    public static final int ERROR = 5;
    /** The JDBC driver of the URL's database is not on the class path; the message names the artifact to add. */
    public static final int MISSING_DRIVER = 6;
    /**
     * {@code check --policy} found operations that break a rule of the policy gate and that no opt-out in the
     * revision allows (data loss, breaking for running replicas, data-dependent, blocking, too-long names,
     * NOT NULL without a default).
     */
    public static final int POLICY_FINDINGS = 7;

    private ExitCode() {
    }

    /** The exit code for an error of this kind: the one mapping from Strata's errors to exit codes. */
    public static int of(ErrorKind kind) {
        return switch (kind) {
            case CONFIGURATION, INVALID_INPUT, NOT_FOUND -> USAGE;
            case UNREACHABLE -> UNREACHABLE;
            case MISSING_DRIVER -> MISSING_DRIVER;
            case MIGRATION_FAILED -> MIGRATION_FAILED;
            case CONFLICT, REVISION, MODEL, UNSUPPORTED, DATABASE -> ERROR;
        };
    }

    /** Each code with its meaning, in order, as the help shows them. */
    public static Map<String, String> descriptions() {
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put(" " + OK, "ok");
        codes.put(" " + DIFFERENCES, "differences found or revisions pending (check, drift, status), or the database"
                + " ahead of this code by breaking revisions (status)");
        codes.put(" " + USAGE, "usage error: bad option, argument or configuration");
        codes.put(" " + UNREACHABLE, "database unreachable");
        codes.put(" " + MIGRATION_FAILED, "migration failed");
        codes.put(" " + ERROR, "other error");
        codes.put(" " + MISSING_DRIVER, "no JDBC driver for the database on the class path");
        codes.put(" " + POLICY_FINDINGS, "check --policy found unsafe operations no opt-out allows");
        return codes;
    }
}
