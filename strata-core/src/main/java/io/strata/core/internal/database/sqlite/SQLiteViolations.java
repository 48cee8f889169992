package io.strata.core.internal.database.sqlite;

import static io.strata.core.ConstraintViolation.Kind.CHECK;
import static io.strata.core.ConstraintViolation.Kind.FOREIGN_KEY;
import static io.strata.core.ConstraintViolation.Kind.NOT_NULL;
import static io.strata.core.ConstraintViolation.Kind.OTHER;
import static io.strata.core.ConstraintViolation.Kind.UNIQUE;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import io.strata.core.ConstraintViolation;
import io.strata.core.internal.database.ViolationText;

/**
 * SQLite's constraint violations: sqlite-jdbc reports the extended result code, which says the kind, and
 * SQLite's message names {@code table.column} (unique, not null) or the constraint (check).
 */
final class SQLiteViolations {

    private static final int SQLITE_CONSTRAINT = 19;
    private static final int SQLITE_CONSTRAINT_PRIMARYKEY = 1555;
    private static final int SQLITE_CONSTRAINT_UNIQUE = 2067;
    private static final int SQLITE_CONSTRAINT_NOTNULL = 1299;
    private static final int SQLITE_CONSTRAINT_CHECK = 275;
    private static final int SQLITE_CONSTRAINT_FOREIGNKEY = 787;

    /** {@code UNIQUE constraint failed: notes.title, notes.owner}. */
    private static final Pattern FAILED_ON = Pattern.compile("constraint failed: ([\\w\".]+(?:, [\\w\".]+)*)");
    private static final Pattern TABLE = Pattern.compile("constraint failed: \"?(\\w+)\"?\\.");
    private static final Pattern CHECK_NAME = Pattern.compile("CHECK constraint failed: (\\w+)");

    private SQLiteViolations() {
    }

    static Optional<ConstraintViolation> describe(SQLException e) {
        if (!e.getClass().getName().startsWith("org.sqlite.") || (e.getErrorCode() & 0xff) != SQLITE_CONSTRAINT) {
            return Optional.empty();
        }
        String message = String.valueOf(e.getMessage());
        int code = e.getErrorCode();
        if (code == SQLITE_CONSTRAINT_UNIQUE || code == SQLITE_CONSTRAINT_PRIMARYKEY || says(message, "UNIQUE", "PRIMARYKEY")) {
            return Optional.of(named(UNIQUE, message));
        }
        if (code == SQLITE_CONSTRAINT_NOTNULL || says(message, "NOTNULL", "NOT NULL")) {
            return Optional.of(named(NOT_NULL, message));
        }
        if (code == SQLITE_CONSTRAINT_CHECK || says(message, "CHECK", "CHECK")) {
            return Optional.of(ViolationText.violation(CHECK, null, List.of(), ViolationText.name(CHECK_NAME, message)));
        }
        if (code == SQLITE_CONSTRAINT_FOREIGNKEY || says(message, "FOREIGNKEY", "FOREIGN KEY")) {
            return Optional.of(ConstraintViolation.of(FOREIGN_KEY));
        }
        return Optional.of(ConstraintViolation.of(OTHER));
    }

    /**
     * Whether the message says this kind: sqlite-jdbc reports the primary code 19 unless extended codes
     * are on, but names the extended one ({@code [SQLITE_CONSTRAINT_UNIQUE]}) and SQLite's text follows.
     */
    private static boolean says(String message, String extended, String text) {
        return message.contains("[SQLITE_CONSTRAINT_" + extended + "]") || message.contains(text + " constraint failed");
    }

    private static ConstraintViolation named(ConstraintViolation.Kind kind, String message) {
        return ViolationText.violation(kind, ViolationText.name(TABLE, message), ViolationText.names(FAILED_ON, message), null);
    }
}
