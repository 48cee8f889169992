package io.strata.core.internal.database.h2;

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

/** H2's constraint violations: the error code says the kind, the message names the index, table and columns. */
final class H2Violations {

    private static final int DUPLICATE_KEY = 23505;
    private static final int NULL_NOT_ALLOWED = 23502;
    private static final int REFERENCED_ROW_MISSING = 23506;
    private static final int ROW_IS_REFERENCED = 23503;
    private static final int CHECK_VIOLATED = 23513;

    /** {@code "PUBLIC.UQ_NOTES_TITLE_INDEX_4 ON PUBLIC.NOTES(TITLE NULLS FIRST) VALUES …"}. */
    private static final Pattern INDEX = Pattern.compile("\"([^\" ]+?)(?:_INDEX_\\w+)? ON ");
    private static final Pattern INDEX_TABLE = Pattern.compile(" ON ([^ (]+)\\(");
    private static final Pattern INDEX_COLUMNS = Pattern.compile(" ON [^ (]+\\(([^)]*)\\)");
    private static final Pattern NULL_COLUMN = Pattern.compile("column \"([^\"]+)\"");
    private static final Pattern CONSTRAINT = Pattern.compile("violation: \"([^\": ]+)");
    private static final Pattern FK_TABLE = Pattern.compile(": ([^ ]+) FOREIGN KEY");
    private static final Pattern FK_COLUMNS = Pattern.compile("FOREIGN KEY\\(([^)]*)\\)");

    private H2Violations() {
    }

    static Optional<ConstraintViolation> describe(SQLException e) {
        if (!e.getClass().getName().startsWith("org.h2.")) {
            return Optional.empty();
        }
        String message = String.valueOf(e.getMessage());
        return switch (e.getErrorCode()) {
            case DUPLICATE_KEY -> Optional.of(ViolationText.violation(UNIQUE, ViolationText.name(INDEX_TABLE, message),
                    ViolationText.names(INDEX_COLUMNS, message), ViolationText.name(INDEX, message)));
            case NULL_NOT_ALLOWED -> Optional.of(ViolationText.violation(NOT_NULL, null,
                    ViolationText.names(NULL_COLUMN, message), null));
            case CHECK_VIOLATED -> Optional.of(ViolationText.violation(CHECK, null, List.of(),
                    ViolationText.name(CONSTRAINT, message)));
            case REFERENCED_ROW_MISSING, ROW_IS_REFERENCED -> Optional.of(ViolationText.violation(FOREIGN_KEY,
                    ViolationText.name(FK_TABLE, message), ViolationText.names(FK_COLUMNS, message),
                    ViolationText.name(CONSTRAINT, message)));
            default -> Optional.empty();
        };
    }
}
