package io.strata.core.internal.database.mariadb;

import static io.strata.core.ConstraintViolation.Kind.CHECK;
import static io.strata.core.ConstraintViolation.Kind.FOREIGN_KEY;
import static io.strata.core.ConstraintViolation.Kind.NOT_NULL;
import static io.strata.core.ConstraintViolation.Kind.UNIQUE;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import io.strata.core.ConstraintViolation;
import io.strata.core.internal.database.ViolationText;

/**
 * MariaDB's (and MySQL's) constraint violations, told apart by their error codes (the SQL state is
 * {@code 23000} for all of them); the message names the key, column or constraint.
 */
final class MariaDBViolations {

    private static final int DUPLICATE_KEY = 1062;
    private static final int COLUMN_CANNOT_BE_NULL = 1048;
    private static final int NO_DEFAULT_VALUE = 1364;
    private static final int ROW_IS_REFERENCED = 1451;
    private static final int NO_REFERENCED_ROW = 1452;
    private static final int CHECK_FAILED = 4025;
    private static final int MYSQL_CHECK_FAILED = 3819;

    private static final Pattern KEY = Pattern.compile("for key '([^']+)'");
    private static final Pattern NULL_COLUMN = Pattern.compile("(?:Column|Field) '([^']+)'");
    private static final Pattern CHECK_CONSTRAINT = Pattern.compile("(?:CONSTRAINT|Check constraint) [`']([^`']+)[`']");
    private static final Pattern CHECK_TABLE = Pattern.compile("failed for (`[^`]+`\\.`[^`]+`)");
    private static final Pattern FK_TABLE = Pattern.compile("fails \\((`[^`]+`\\.`[^`]+`)");
    private static final Pattern FK_CONSTRAINT = Pattern.compile("CONSTRAINT `([^`]+)`");
    private static final Pattern FK_COLUMNS = Pattern.compile("FOREIGN KEY \\(([^)]*)\\)");

    private MariaDBViolations() {
    }

    static Optional<ConstraintViolation> describe(SQLException e) {
        String message = String.valueOf(e.getMessage());
        return switch (e.getErrorCode()) {
            case DUPLICATE_KEY -> matched(message, KEY, () -> ViolationText.violation(UNIQUE, null, List.of(),
                    ViolationText.name(KEY, message)));
            case COLUMN_CANNOT_BE_NULL, NO_DEFAULT_VALUE -> matched(message, NULL_COLUMN, () -> ViolationText.violation(
                    NOT_NULL, null, ViolationText.names(NULL_COLUMN, message), null));
            case CHECK_FAILED, MYSQL_CHECK_FAILED -> matched(message, CHECK_CONSTRAINT, () -> ViolationText.violation(
                    CHECK, ViolationText.name(CHECK_TABLE, message), List.of(), ViolationText.name(CHECK_CONSTRAINT, message)));
            case ROW_IS_REFERENCED, NO_REFERENCED_ROW -> matched(message, FK_CONSTRAINT, () -> ViolationText.violation(
                    FOREIGN_KEY, ViolationText.name(FK_TABLE, message), ViolationText.names(FK_COLUMNS, message),
                    ViolationText.name(FK_CONSTRAINT, message)));
            default -> Optional.empty();
        };
    }

    /** The violation, when the message has the shape of this code's (another database may use the number). */
    private static Optional<ConstraintViolation> matched(String message, Pattern shape,
            java.util.function.Supplier<ConstraintViolation> violation) {
        return shape.matcher(message).find() ? Optional.of(violation.get()) : Optional.empty();
    }
}
