package io.strata.migrations.internal.runner;

import io.strata.migrations.dialect.Dialect;

/** The {@link RunProtocol} of each dialect; a new protocol object per command (they hold the lock's state). */
public final class RunProtocols {

    private RunProtocols() {
    }

    /** The protocol for this dialect and version table. */
    public static RunProtocol forDialect(Dialect dialect, String versionTable) {
        return switch (dialect.name()) {
            case "postgresql" -> new PostgresqlProtocol(versionTable);
            case "mariadb", "mysql" -> new MariadbProtocol(versionTable);
            case "sqlite" -> new SqliteProtocol();
            default -> new JvmLockProtocol(versionTable, dialect.transactionalDdl());
        };
    }
}
