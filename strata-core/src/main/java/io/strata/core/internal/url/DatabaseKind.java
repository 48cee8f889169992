package io.strata.core.internal.url;

/** The databases Strata knows how to configure, and their defaults. */
public enum DatabaseKind {
    SQLITE("sqlite", 0),
    H2("h2", 0),
    POSTGRESQL("postgresql", 5432),
    MARIADB("mariadb", 3306),
    OTHER("jdbc", 0);

    private final String dialectName;
    private final int defaultPort;

    DatabaseKind(String dialectName, int defaultPort) {
        this.dialectName = dialectName;
        this.defaultPort = defaultPort;
    }

    /** The name of the matching Strata migrations dialect. */
    public String dialectName() {
        return dialectName;
    }

    /** The server's default port, or 0 for embedded databases. */
    public int defaultPort() {
        return defaultPort;
    }

    /** Whether the database runs in this process (SQLite, H2). */
    public boolean embedded() {
        return this == SQLITE || this == H2;
    }
}
