package io.strata.javalin.internal;

import java.util.regex.Pattern;

import io.javalin.http.Context;
import io.strata.javalin.InvalidPageParameterResponse;

/**
 * The {@code page} and {@code per_page} query parameters of a request.
 *
 * @param page the page asked for, from 1 (1 when absent)
 * @param perPage the page size asked for (the default when absent; the database caps it)
 */
public record PageParams(int page, int perPage) {

    /** The query parameter holding the page number. */
    public static final String PAGE = "page";
    /** The query parameter holding the page size. */
    public static final String PER_PAGE = "per_page";

    private static final Pattern DIGITS = Pattern.compile("\\d+");

    /** Reads the parameters; a value that is not a whole number of 1 or more is a 400 naming the parameter. */
    public static PageParams of(Context ctx, int defaultPerPage) {
        return new PageParams(read(ctx, PAGE, 1), read(ctx, PER_PAGE, defaultPerPage));
    }

    private static int read(Context ctx, String name, int absent) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isEmpty()) {
            return absent;
        }
        String value = raw.strip();
        if (!DIGITS.matcher(value).matches()) {
            throw invalid(name, raw);
        }
        // Past int range: the largest int, which the database caps (per_page) or finds out of range (page).
        int number = value.length() > 10 ? Integer.MAX_VALUE : (int) Math.min(Long.parseLong(value), Integer.MAX_VALUE);
        if (number < 1) {
            throw invalid(name, raw);
        }
        return number;
    }

    private static InvalidPageParameterResponse invalid(String name, String raw) {
        String shown = raw.length() > 40 ? raw.substring(0, 40) + "…" : raw;
        return new InvalidPageParameterResponse(name, "Query parameter '" + name + "' must be a whole number of 1 or"
                + " more, got '" + shown + "'. Ask for example ?" + PAGE + "=2&" + PER_PAGE + "=20.");
    }
}
