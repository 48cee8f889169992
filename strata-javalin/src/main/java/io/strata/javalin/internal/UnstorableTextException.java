package io.strata.javalin.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** A body string refused by {@link TextValues}; Jackson adds the field's path as it propagates. */
final class UnstorableTextException extends MismatchedInputException {

    private static final long serialVersionUID = 1L;

    private final String problem;

    UnstorableTextException(JsonParser parser, String problem) {
        super(parser, "The string " + problem + ".", String.class);
        this.problem = problem;
    }

    /** What is wrong with the string ({@code contains a NUL character…}). */
    String problem() {
        return problem;
    }
}
