package io.strata.core;

/**
 * What start-up ({@link Database#sync()}, the Javalin plugin) does when the models have changes no
 * revision captures, found by comparing the models with the schema the revisions build (no database
 * needed): the database those revisions build lacks the changes, so requests that use them fail.
 * Set with {@link Database.Builder#modelChanges}, {@code DB_MODEL_CHANGES} ({@code warn}, {@code fail},
 * {@code ignore}) or an override; {@link #WARN} by default.
 */
public enum ModelChanges {
    /** Log one warning naming the changes and start. */
    WARN,
    /** Refuse to start: throw {@link UncapturedModelChangesException} naming the changes. */
    FAIL,
    /** Do not compare (start-up does not pay for the check). */
    IGNORE
}
