package io.strata.testing;

import java.util.function.Supplier;

/** The four databases every Strata database feature is tested against. */
public enum DbKind {
    /** A new SQLite file per test database. */
    SQLITE(SQLiteKind::new),
    /** A named in-memory H2 database. */
    H2(H2Kind::new),
    /** A new database on the PostgreSQL server. */
    POSTGRESQL(PostgreSQLKind::new),
    /** A new database on the MariaDB server. */
    MARIADB(MariaDBKind::new);

    private final Kind support;

    DbKind(Supplier<Kind> support) {
        this.support = support.get();
    }

    /** Whether this kind needs a server on the machine (and so may be unreachable). */
    public boolean needsServer() {
        return support.needsServer();
    }

    /** What the fixture knows of this kind. */
    Kind support() {
        return support;
    }
}
