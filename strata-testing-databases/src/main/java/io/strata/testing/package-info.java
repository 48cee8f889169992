/**
 * A JUnit 5 fixture for tests on fresh, isolated SQLite, H2, PostgreSQL and MariaDB databases:
 * {@link io.strata.testing.Databases @Databases} runs a parameterized test once per kind and hands it a
 * {@link io.strata.testing.TestDatabase} it creates and removes; {@link io.strata.testing.SharedDatabases}
 * shares one per kind among a class's tests. It knows nothing of Strata, so any JDBC project can use it.
 */
package io.strata.testing;
