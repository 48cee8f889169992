package io.strata.examples.bookstore.api;

import java.util.Map;

import io.javalin.http.BadRequestResponse;

/**
 * Checks of the strings a request body gives, beyond what the JSON mapper checks (their JSON type):
 * present, not blank, no longer than their column. A refusal is a 400 naming the field, which the
 * Strata plugin answers as problem details.
 */
final class Fields {

    private Fields() {
    }

    /** {@code value}, which must be given, not blank, and at most {@code maxLength} characters long. */
    static String required(String field, String value, int maxLength) {
        if (value == null) {
            throw refused(field, "Field '" + field + "' is required (a string of 1 to " + maxLength + " characters).");
        }
        return optional(field, value, maxLength);
    }

    /** {@code value} when given ({@code null} otherwise), not blank and at most {@code maxLength} characters long. */
    static String optional(String field, String value, int maxLength) {
        if (value == null) {
            return null;
        }
        if (value.isBlank()) {
            throw refused(field, "Field '" + field + "' must not be blank.");
        }
        int length = value.codePointCount(0, value.length());
        if (length > maxLength) {
            throw refused(field, "Field '" + field + "' is " + length + " characters long; the most it can hold is "
                    + maxLength + ".");
        }
        return value;
    }

    /** A 400 about {@code field}. */
    static BadRequestResponse refused(String field, String detail) {
        return new BadRequestResponse(detail, Map.of("field", field));
    }
}
