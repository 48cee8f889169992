package io.strata.core.internal.query;

import java.sql.SQLException;

/** Recognizes a unique-constraint violation, whatever the driver and Hibernate's wrapping. */
final class UniqueViolation {

    private static final int MARIADB_DUPLICATE_KEY = 1062;
    private static final int SQLITE_CONSTRAINT_PRIMARYKEY = 1555;
    private static final int SQLITE_CONSTRAINT_UNIQUE = 2067;

    private UniqueViolation() {
    }

    /** Whether {@code e} (or a cause) says a unique constraint or primary key was violated. */
    static boolean is(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                if ("23505".equals(sql.getSQLState()) || sql.getErrorCode() == MARIADB_DUPLICATE_KEY) {
                    return true;
                }
                String message = String.valueOf(sql.getMessage());
                if (sql.getErrorCode() == SQLITE_CONSTRAINT_UNIQUE || sql.getErrorCode() == SQLITE_CONSTRAINT_PRIMARYKEY
                        || message.contains("SQLITE_CONSTRAINT_UNIQUE") || message.contains("SQLITE_CONSTRAINT_PRIMARYKEY")) {
                    return true;
                }
            }
        }
        return false;
    }
}
