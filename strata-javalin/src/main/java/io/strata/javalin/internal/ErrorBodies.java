package io.strata.javalin.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.javalin.http.Context;
import io.javalin.http.Header;

/**
 * Writes a {@link Problem} in the form the request's {@code Accept} header prefers: RFC 9457
 * {@code application/problem+json} (or {@code application/json} to a client that accepts only that),
 * a small HTML page to browsers, plain text to clients that ask only for text. Without an
 * {@code Accept} header, or when it accepts everything, the answer is problem details JSON.
 */
public final class ErrorBodies {

    /** The media type of RFC 9457 problem details. */
    public static final String PROBLEM_JSON = "application/problem+json";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ErrorBodies() {
    }

    /**
     * Answers {@code problem} (its status, plus {@code Retry-After} when the database is unavailable), in the
     * form the client accepts.
     */
    public static void answer(Context ctx, Problem problem) {
        ctx.status(problem.status());
        if (problem.equals(Problem.databaseUnavailable())) {
            ctx.header(Header.RETRY_AFTER, Integer.toString(DatabaseUnavailable.RETRY_AFTER_SECONDS));
        }
        switch (MediaRanges.parse(ctx.header(Header.ACCEPT)).preferred(PROBLEM_JSON, "application/json", "text/html",
                "text/plain")) {
            case "text/html" -> ctx.contentType("text/html; charset=utf-8").result(html(problem));
            case "text/plain" -> ctx.contentType("text/plain; charset=utf-8").result(problem.detail());
            case "application/json" -> ctx.contentType("application/json").result(json(problem));
            default -> ctx.contentType(PROBLEM_JSON).result(json(problem));
        }
    }

    /** The problem details JSON object: type, title, status, detail and, when known, field. */
    static String json(Problem problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.type());
        body.put("title", problem.title());
        body.put("status", problem.status());
        body.put("detail", problem.detail());
        if (problem.field() != null) {
            body.put("field", problem.field());
        }
        try {
            return MAPPER.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A map of strings and a number is always JSON", e);
        }
    }

    /** A small page with the title, the detail and the field, every text escaped. */
    static String html(Problem problem) {
        String title = problem.status() + " " + escape(problem.title());
        StringBuilder page = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width\"><title>").append(title).append("</title></head>\n")
                .append("<body>\n<h1>").append(title).append("</h1>\n<p id=\"detail\">").append(escape(problem.detail()))
                .append("</p>\n");
        if (problem.field() != null) {
            page.append("<p id=\"field\">Field: <code>").append(escape(problem.field())).append("</code></p>\n");
        }
        return page.append("</body>\n</html>\n").toString();
    }

    /** Escapes text for HTML element content and attribute values. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
