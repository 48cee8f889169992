package io.strata.core.internal.database.postgresql;

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
 * PostgreSQL's constraint violations: the SQL state says the kind, the message (with its {@code Detail}
 * line) names the constraint, table and columns.
 */
final class PostgreSQLViolations {

    private static final Pattern CONSTRAINT = Pattern.compile("constraint \"([^\"]+)\"");
    private static final Pattern KEY_COLUMNS = Pattern.compile("Key \\(([^)]*)\\)=");
    private static final Pattern NULL_COLUMN = Pattern.compile("null value in column \"([^\"]+)\"");
    private static final Pattern RELATION = Pattern.compile("(?:relation|on table) \"([^\"]+)\"");

    private PostgreSQLViolations() {
    }

    static Optional<ConstraintViolation> describe(SQLException e) {
        String state = e.getSQLState();
        if (state == null || !state.startsWith("23") || !e.getClass().getName().startsWith("org.postgresql.")) {
            return Optional.empty();
        }
        String message = String.valueOf(e.getMessage());
        ConstraintViolation.Kind kind = switch (state) {
            case "23505" -> UNIQUE;
            case "23502" -> NOT_NULL;
            case "23503" -> FOREIGN_KEY;
            case "23514" -> CHECK;
            default -> OTHER;
        };
        List<String> columns = kind == NOT_NULL ? ViolationText.names(NULL_COLUMN, message)
                : ViolationText.names(KEY_COLUMNS, message);
        return Optional.of(ViolationText.violation(kind, ViolationText.name(RELATION, message), columns,
                ViolationText.name(CONSTRAINT, message)));
    }
}
