package io.strata.core.internal.database;

import io.strata.core.MissingDriverException;

/**
 * A database's JDBC driver: its class, loaded and registered by name rather than found through
 * {@code META-INF/services/java.sql.Driver} (which a shaded jar may have overwritten with another
 * driver's), and the Maven coordinates to name when it is missing.
 *
 * @param className the driver class, e.g. {@code org.postgresql.Driver}
 * @param artifact its Maven coordinates, e.g. {@code org.postgresql:postgresql}
 */
public record JdbcDriver(String className, String artifact) {

    /**
     * Loads and initializes the driver class (every supported driver registers itself with
     * {@link java.sql.DriverManager} when initialized), from {@code loader}, else this class's loader.
     *
     * @param database the database's name, for the message ({@code postgresql})
     * @throws MissingDriverException when the class is on neither class path
     */
    public void register(String database, ClassLoader loader) {
        ClassNotFoundException missing = null;
        for (ClassLoader candidate : new ClassLoader[] {loader, JdbcDriver.class.getClassLoader()}) {
            if (candidate == null) {
                continue;
            }
            try {
                Class.forName(className, true, candidate);
                return;
            } catch (ClassNotFoundException e) {
                missing = e;
            }
        }
        throw new MissingDriverException(database, artifact, "no JDBC driver for " + database + " on the class path: add "
                + artifact + " to the application's dependencies (Strata ships no driver; " + className
                + " was not found).", missing);
    }
}
