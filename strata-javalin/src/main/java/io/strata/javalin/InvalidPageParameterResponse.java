package io.strata.javalin;

import io.javalin.http.BadRequestResponse;

/**
 * A 400 thrown by {@link Strata#paginate} when {@code page} or {@code per_page} is not a whole number
 * of 1 or more. Answered as an {@code invalid-parameter} problem whose {@code field} is the parameter.
 */
public class InvalidPageParameterResponse extends BadRequestResponse {

    private static final long serialVersionUID = 1L;

    private final String parameter;

    /** Creates the response for one query parameter. */
    public InvalidPageParameterResponse(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    /** The query parameter at fault ({@code page} or {@code per_page}). */
    public String parameter() {
        return parameter;
    }
}
