package io.strata.examples.bookstore.api;

/**
 * A request the API refuses, with the HTTP status and the message the client sees as
 * {@code {"error": ..., "status": ...}}. Thrown before anything is written, or rolled back with
 * the request's transaction.
 */
public class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;

    /** A refusal with this status and client-facing message. */
    public ApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    /** 400: the request itself is wrong (malformed JSON, a missing or over-long field, a bad parameter). */
    public static ApiException badRequest(String message) {
        return new ApiException(400, message);
    }

    /** 409: the request conflicts with data that exists (a duplicate unique value, rows still referring). */
    public static ApiException conflict(String message) {
        return new ApiException(409, message);
    }

    /** The HTTP status. */
    public int status() {
        return status;
    }
}
