package io.strata.javalin;

import java.util.Map;

import io.javalin.http.NotFoundResponse;

/**
 * A 404 thrown by the {@code …Or404} helpers of {@link Strata} and by {@link Strata#paginate} for a page
 * past the last. The plugin answers it as problem details whose {@code detail} is the description (see
 * {@link StrataPlugin}).
 */
public class RowNotFoundResponse extends NotFoundResponse {

    private static final long serialVersionUID = 1L;

    /** Creates the response with the description shown to the client. */
    public RowNotFoundResponse(String description) {
        super(description);
    }

    /** Creates the response about one request parameter (the problem's {@code field}). */
    public RowNotFoundResponse(String description, String parameter) {
        super(description, Map.of("field", parameter));
    }
}
