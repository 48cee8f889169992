package io.strata.javalin.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import io.javalin.http.Context;
import io.javalin.http.Header;

/** Writes the plugin's error answers: {@code {"error": ..., "status": ...}} to JSON clients, plain text otherwise. */
public final class ErrorBodies {

    private ErrorBodies() {
    }

    /** Answers {@code status} with {@code message}, in the form the client accepts. */
    public static void answer(Context ctx, int status, String message) {
        ctx.status(status);
        if (acceptsJson(ctx)) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("error", message);
            body.put("status", status);
            ctx.json(body);
        } else {
            ctx.contentType("text/plain; charset=utf-8").result(message);
        }
    }

    private static boolean acceptsJson(Context ctx) {
        String accept = ctx.header(Header.ACCEPT);
        return accept != null && accept.contains("application/json");
    }
}
