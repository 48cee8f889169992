package io.strata.javalin.internal;

import java.util.Objects;

/**
 * One error answer, as RFC 9457 problem details: what kind of problem ({@link #type}), its short
 * title, the HTTP status, what happened in this request ({@link #detail}, written for the client: no
 * stack traces, class names or SQL), and the body field or request parameter at fault when known.
 *
 * @param slug the problem type's last part ({@code not-found}); the {@link #type()} URI is made from it,
 *        {@code null} for {@code about:blank} (a plain HTTP status)
 * @param title the type's short, human-readable summary
 * @param status the HTTP status
 * @param detail what went wrong in this request and how to fix it
 * @param field the body field or path/query parameter at fault ({@code null} when none is known)
 */
public record Problem(String slug, String title, int status, String detail, String field) {

    /** The prefix of Strata's problem types: {@code tag:} URIs (RFC 4151), names rather than pages to fetch. */
    public static final String TYPE_PREFIX = "tag:strata.io,2026:problem:";

    /** Requires a title and a detail. */
    public Problem {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(detail, "detail");
    }

    /** The problem type URI ({@code tag:strata.io,2026:problem:not-found}, or {@code about:blank}). */
    public String type() {
        return slug == null ? "about:blank" : TYPE_PREFIX + slug;
    }

    /** The same problem about {@code field}. */
    public Problem withField(String name) {
        return new Problem(slug, title, status, detail, name);
    }

    /** 404: the row, page or route asked for does not exist. */
    public static Problem notFound(String detail) {
        return new Problem("not-found", "Not found", 404, detail, null);
    }

    /** 400: a path or query parameter cannot be used. */
    public static Problem invalidParameter(String parameter, String detail) {
        return new Problem("invalid-parameter", "Invalid parameter", 400, detail, parameter);
    }

    /** 400: the body is not JSON. */
    public static Problem malformedJson(String detail) {
        return new Problem("malformed-json", "Malformed JSON", 400, detail, null);
    }

    /** 400: the body is JSON but does not fit (an unknown field, a value of the wrong type). */
    public static Problem invalidBody(String field, String detail) {
        return new Problem("invalid-body", "Invalid request body", 400, detail, field);
    }

    /** 400: the request cannot be used as given. */
    public static Problem invalidRequest(String detail) {
        return new Problem("invalid-request", "Invalid request", 400, detail, null);
    }

    /** 400: a required value is missing (a NOT NULL column). */
    public static Problem missingValue(String field, String detail) {
        return new Problem("missing-value", "Missing value", 400, detail, field);
    }

    /** 400: a value breaks a rule of the data (a CHECK constraint). */
    public static Problem invalidValue(String field, String detail) {
        return new Problem("invalid-value", "Invalid value", 400, detail, field);
    }

    /** 415: the body is not in the form the endpoint reads (the detail names the expected type). */
    public static Problem unsupportedMediaType(String detail) {
        return new Problem("unsupported-media-type", "Unsupported media type", 415, detail, null);
    }

    /** 403: a state-changing request a browser sent from another site, which the plugin refuses. */
    public static Problem crossSiteRequest(String detail) {
        return new Problem("cross-site-request", "Cross-site request refused", 403, detail, null);
    }

    /** 409: a value that must be unique is taken. */
    public static Problem duplicateValue(String field, String detail) {
        return new Problem("duplicate-value", "Value already taken", 409, detail, field);
    }

    /** 409: the request conflicts with the data as it is. */
    public static Problem conflict(String detail) {
        return new Problem("conflict", "Conflict", 409, detail, null);
    }

    /** 503: the database cannot be reached now; retry later. */
    public static Problem databaseUnavailable() {
        return new Problem("database-unavailable", "Database unavailable", 503,
                "The database is unavailable; try again in a few seconds.", null);
    }

    /** 500: a failure of the server, logged there; the client learns nothing of its internals. */
    public static Problem internalError(String detail) {
        return new Problem("internal-error", "Internal server error", 500, detail, null);
    }
}
