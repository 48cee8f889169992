package io.strata.javalin;

import io.javalin.http.NotFoundResponse;

/**
 * A 404 thrown by the {@code …Or404} helpers of {@link Strata}. The plugin answers it with the
 * description as plain text, or as {@code {"error": "...", "status": 404}} to clients that accept JSON.
 */
public class RowNotFoundResponse extends NotFoundResponse {

    private static final long serialVersionUID = 1L;

    /** Creates the response with the description shown to the client. */
    public RowNotFoundResponse(String description) {
        super(description);
    }
}
