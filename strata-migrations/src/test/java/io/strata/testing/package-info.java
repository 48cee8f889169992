/**
 * Test fixtures shared by every module: fresh, isolated SQLite, H2, PostgreSQL and MariaDB
 * databases ({@link io.strata.testing.TestDatabase}).
 */
package io.strata.testing;
