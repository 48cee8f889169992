package io.strata.core.internal.query;

import java.sql.SQLException;

import io.strata.core.internal.database.DatabaseTypes;

/** Recognizes a unique-constraint violation, whatever the driver and Hibernate's wrapping. */
final class UniqueViolation {

    /** The SQL standard's {@code unique_violation}, which most databases report. */
    private static final String UNIQUE_VIOLATION = "23505";

    private UniqueViolation() {
    }

    /**
     * Whether {@code e} (or a cause) says a unique constraint or primary key was violated: by the
     * standard SQL state, or by a code a registered database reports instead.
     */
    static boolean is(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && (UNIQUE_VIOLATION.equals(sql.getSQLState())
                    || DatabaseTypes.all().stream().anyMatch(type -> type.isUniqueViolation(sql)))) {
                return true;
            }
        }
        return false;
    }
}
