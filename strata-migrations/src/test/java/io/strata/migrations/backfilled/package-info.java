/**
 * Revisions whose backfill a test kills half-way in a child process: a table, then a backfill bumping
 * every row's {@code n} once, its batch size and pause set by system properties.
 */
package io.strata.migrations.backfilled;
