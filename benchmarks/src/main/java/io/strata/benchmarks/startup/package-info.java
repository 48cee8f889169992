/**
 * Start-up to ready of the bookstore jar (on a fresh and on an existing SQLite database) against the
 * hand-written twin's, over cold JVMs ({@link io.strata.benchmarks.startup.StartupTimes}).
 */
package io.strata.benchmarks.startup;
