package io.strata;

/**
 * What kind of failure a {@link StrataException} is, fixed by its class: what a caller that does
 * not care about the exact class (a command line choosing its exit code, a web layer choosing its
 * status) decides on.
 */
public enum ErrorKind {

    /** A setting is missing or invalid (the URL, the models or migrations package, an engine property). */
    CONFIGURATION,
    /** An argument cannot be used as given: a target that does not fit, an ambiguous prefix, a bad hint. */
    INVALID_INPUT,
    /** What was asked for does not exist: a revision, a row. */
    NOT_FOUND,
    /**
     * The current state does not allow it: several heads where one is needed, several rows where one
     * is expected, a file that exists already, another transaction holding what this one needs.
     */
    CONFLICT,
    /** The database could not be reached. */
    UNREACHABLE,
    /** The JDBC driver of the URL's database is not on the class path (the application declares the one it uses). */
    MISSING_DRIVER,
    /** A migration failed, or its lock could not be taken; the message says where the database was left. */
    MIGRATION_FAILED,
    /** The revisions are inconsistent: a cycle, a missing parent, a duplicate id, an operation that does not fit. */
    REVISION,
    /** The entity classes cannot be used: none found, a mapping Hibernate rejects, no usable constructor. */
    MODEL,
    /** Strata cannot do this here: a database, column type, dialect operation or class location it does not support. */
    UNSUPPORTED,
    /** The database failed an operation outside a migration (reading its schema, creating tables, a query). */
    DATABASE
}
