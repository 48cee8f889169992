package io.strata.testing;

/** The four databases every Strata database feature is tested against. */
public enum DbKind {
    SQLITE, H2, POSTGRESQL, MARIADB;

    /** Whether this kind needs a server on the machine (and so may be unreachable). */
    public boolean needsServer() {
        return this == POSTGRESQL || this == MARIADB;
    }
}
